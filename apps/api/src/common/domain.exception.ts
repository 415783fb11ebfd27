import { formatMessage, type MessageCode, type MessageParams } from '@yardstick/contracts';

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

/**
 * One rejected input field: `path` as in the request (`baseBonus`, `attributes.shift`), the English `message`, and
 * optionally a catalogue `code` with its `params` for the Chinese text (without one: `input.invalid`, whose
 * Chinese carries the English message).
 */
export interface FieldError {
  path: string;
  message: string;
  code?: MessageCode;
  params?: MessageParams;
}

/** A field error as clients receive it in `extensions.fields`: both languages and the stable code. */
export interface BilingualFieldError {
  readonly path: string;
  readonly code: MessageCode;
  readonly message: string;
  readonly messageZh: string;
}

export function bilingualField(field: FieldError): BilingualFieldError {
  const code = field.code ?? 'input.invalid';
  const params = field.code ? (field.params ?? {}) : { detail: field.message };
  return { path: field.path, code, message: field.message, messageZh: formatMessage(code, params, 'zh') };
}

export class InvalidInputException extends DomainException {
  readonly fields: readonly BilingualFieldError[];

  constructor(fields: readonly FieldError[]) {
    const bilingual = fields.map(bilingualField);
    super(CommonErrorCode.BadUserInput,
      `invalid input: ${fields.map((field) => `${field.path || '(input)'}: ${field.message}`).join('; ')}`,
      { fields: bilingual });
    this.fields = bilingual;
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
