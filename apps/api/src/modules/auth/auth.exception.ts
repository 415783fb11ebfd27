import { DomainException } from '../../common/domain.exception';

/** Error codes of the auth context (beyond the common UNAUTHENTICATED / FORBIDDEN / BAD_USER_INPUT). */
export const AuthErrorCode = {
  InvalidCredentials: 'INVALID_CREDENTIALS',
  RateLimited: 'RATE_LIMITED',
  UsernameTaken: 'USERNAME_TAKEN',
} as const;

export class AuthException extends DomainException {}
