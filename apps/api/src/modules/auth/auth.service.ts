import { Inject, Injectable } from '@nestjs/common';
import type { Caller, Role, UserCaller } from '../../common/caller';
import { UnauthenticatedException } from '../../common/domain.exception';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import type { UserEntity } from './auth.entities';
import { AuthErrorCode, AuthException } from './auth.exception';
import { API_KEY_PREFIX, DUMMY_PASSWORD_HASH, newSessionToken, sha256, verifyPassword } from './auth.crypto';
import { AuthRepository } from './auth.repository';
import { LoginRateLimiter } from './login-rate.limiter';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

/** The credentials a request carried; both absent = anonymous. */
export interface Credentials {
  bearer?: string;
  apiKey?: string;
}

@Injectable()
export class AuthService {
  private readonly limiter: LoginRateLimiter;

  constructor(private readonly repository: AuthRepository, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.limiter = new LoginRateLimiter({ maxFailures: config.auth.loginMaxFailures, windowMs: config.auth.loginWindowMs });
  }

  /** Checks the password and opens a session. Failures never say whether the username exists. */
  async login(username: string, password: string, address: string): Promise<LoginResult> {
    const name = username.trim().toLowerCase();
    const wait = this.limiter.retryAfterSeconds(name, address);
    if (wait > 0) {
      throw new AuthException(AuthErrorCode.RateLimited,
        `too many failed logins: try again in ${wait} seconds`, { retryAfterSeconds: wait });
    }
    const user = await this.repository.findUserForLogin(name);
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !valid || user.disabledAt) {
      this.limiter.recordFailure(name, address);
      throw new AuthException(AuthErrorCode.InvalidCredentials, 'wrong username or password');
    }
    this.limiter.recordSuccess(name, address);
    const token = newSessionToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.auth.sessionTtlMs);
    await this.repository.deleteExpiredSessions(now);
    await this.repository.insertSession(sha256(token), user.id, expiresAt);
    const { passwordHash: _secret, ...plain } = user;
    return { token, expiresAt, user: plain as UserEntity };
  }

  async logout(token: string | undefined): Promise<boolean> {
    if (!token || token.startsWith(API_KEY_PREFIX)) return false;
    await this.repository.deleteSession(sha256(token));
    return true;
  }

  /**
   * The caller behind the request's credentials, or undefined without any. Credentials that are present but
   * wrong, expired or revoked are an error: silently treating them as anonymous would hide the problem.
   */
  async authenticate(credentials: Credentials): Promise<Caller | undefined> {
    const apiKey = credentials.apiKey ?? (credentials.bearer?.startsWith(API_KEY_PREFIX) ? credentials.bearer : undefined);
    if (apiKey) return this.authenticateKey(apiKey);
    if (!credentials.bearer) return undefined;
    const user = await this.repository.sessionUser(sha256(credentials.bearer), new Date());
    if (!user) throw new UnauthenticatedException('the session token is unknown or expired: log in again');
    return {
      kind: 'user', userId: user.id, username: user.username, role: user.role as Role, agentId: user.agentId, teamIds: user.teamIds,
    };
  }

  async callerOf(user: UserEntity): Promise<UserCaller> {
    return {
      kind: 'user', userId: user.id, username: user.username, role: user.role as Role,
      agentId: user.agentId, teamIds: await this.repository.teamIdsOf(user),
    };
  }

  /** Whether `password` is the user's current one; no session, no rate limit (the demo banner uses it). */
  async checkPassword(username: string, password: string): Promise<boolean> {
    const user = await this.repository.findUserForLogin(username);
    return !!user && !user.disabledAt && (await verifyPassword(password, user.passwordHash));
  }

  anyUserExists(): Promise<boolean> {
    return this.repository.anyUserExists();
  }

  findUser(id: number): Promise<UserEntity | null> {
    return this.repository.findUser(id);
  }

  private async authenticateKey(apiKey: string): Promise<Caller> {
    const key = await this.repository.findLiveApiKey(sha256(apiKey));
    if (!key) throw new UnauthenticatedException('the API key is unknown or revoked');
    const now = new Date();
    // last-used is informative only: do not write on every request of a busy integration
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) await this.repository.touchApiKey(key.id, now);
    return { kind: 'integration', apiKeyId: key.id, name: key.name, scopes: key.scopes as ('ingest' | 'read')[] };
  }
}
