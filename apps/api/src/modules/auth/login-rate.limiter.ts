// Failed logins are counted per (username, client address) and per client address alone in a sliding window;
// past the limit, login is refused before the password is even checked. In memory: one process, and a restart
// forgets (acceptable for the limiter's purpose: slowing down guessing, not auditing).

export interface LoginRateLimits {
  maxFailures: number;
  windowMs: number;
}

/** How much more the address alone may fail than one username from it (password spraying across users). */
const ADDRESS_FACTOR = 4;
const MAX_KEYS = 10_000;

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: LoginRateLimits, private readonly now: () => number = Date.now) {}

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  retryAfterSeconds(username: string, address: string): number {
    const userWait = this.wait(`u:${username}\u0000${address}`, this.limits.maxFailures);
    const addressWait = this.wait(`a:${address}`, this.limits.maxFailures * ADDRESS_FACTOR);
    return Math.ceil(Math.max(userWait, addressWait) / 1000);
  }

  recordFailure(username: string, address: string): void {
    this.push(`u:${username}\u0000${address}`);
    this.push(`a:${address}`);
  }

  /** A success clears the username's count (not the address's: one good login must not reset spraying). */
  recordSuccess(username: string, address: string): void {
    this.failures.delete(`u:${username}\u0000${address}`);
  }

  private wait(key: string, max: number): number {
    const times = this.recent(key);
    if (times.length < max) return 0;
    return times[times.length - max] + this.limits.windowMs - this.now();
  }

  private push(key: string): void {
    const times = this.recent(key);
    times.push(this.now());
    this.failures.delete(key);
    this.failures.set(key, times);
    // forget the oldest keys first so a flood of usernames cannot grow memory without bound
    while (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value as string);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    return (this.failures.get(key) ?? []).filter((time) => time > since);
  }
}
