import { LoginRateLimiter } from './login-rate.limiter';

describe('login rate limiter', () => {
  let now = 0;
  const limiter = () => new LoginRateLimiter({ maxFailures: 3, windowMs: 60_000 }, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('blocks a username from an address after the allowed failures until the first one leaves the window', () => {
    const subject = limiter();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(subject.retryAfterSeconds('ann', '10.0.0.1')).toBe(0);
      subject.recordFailure('ann', '10.0.0.1');
      now += 1_000;
    }
    expect(subject.retryAfterSeconds('ann', '10.0.0.1')).toBe(57);
    expect(subject.retryAfterSeconds('ann', '10.0.0.2')).toBe(0);
    expect(subject.retryAfterSeconds('bob', '10.0.0.1')).toBe(0);
    now += 57_000;
    expect(subject.retryAfterSeconds('ann', '10.0.0.1')).toBe(0);
  });

  it('forgets a username’s failures after a success', () => {
    const subject = limiter();
    subject.recordFailure('ann', 'a');
    subject.recordFailure('ann', 'a');
    subject.recordSuccess('ann', 'a');
    subject.recordFailure('ann', 'a');
    expect(subject.retryAfterSeconds('ann', 'a')).toBe(0);
  });

  it('blocks an address spraying many usernames', () => {
    const subject = limiter();
    for (let index = 0; index < 12; index += 1) subject.recordFailure(`user${index}`, 'spray');
    expect(subject.retryAfterSeconds('fresh-name', 'spray')).toBeGreaterThan(0);
    expect(subject.retryAfterSeconds('fresh-name', 'elsewhere')).toBe(0);
  });
});
