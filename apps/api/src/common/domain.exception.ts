// The one error type services throw. `code` is a stable string clients may branch on (it becomes GraphQL
// `extensions.code`); `details` carries machine-readable specifics (the fields that failed, the blocking rows).
// Each bounded context exports its own codes; the generic ones below are shared.

export const CommonErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  RateLimited: 'RATE_LIMITED',
} as const;

/** HTTP status for REST endpoints; codes not listed are conflicts with the current state (409). */
const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, RATE_LIMITED: 429,
};

export class DomainException extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainException';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code] ?? 409;
  }
}

/** One rejected input field: `path` as in the request (`baseBonus`, `attributes.shift`). */
export interface FieldError {
  path: string;
  message: string;
}

export class InvalidInputException extends DomainException {
  constructor(readonly fields: readonly FieldError[]) {
    super(CommonErrorCode.BadUserInput,
      `invalid input: ${fields.map((field) => `${field.path || '(input)'}: ${field.message}`).join('; ')}`,
      { fields });
  }
}

export class NotFoundException extends DomainException {
  constructor(what: string, id: string | number) {
    super(CommonErrorCode.NotFound, `${what} ${id} does not exist or is not visible to you`, { id: String(id) });
  }
}

export class ForbiddenException extends DomainException {
  constructor(message = 'you are not allowed to do this') {
    super(CommonErrorCode.Forbidden, message);
  }
}

export class UnauthenticatedException extends DomainException {
  constructor(message = 'log in first: send Authorization: Bearer <token> or X-Api-Key: <key>') {
    super(CommonErrorCode.Unauthenticated, message);
  }
}
