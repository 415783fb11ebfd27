import { inLanguage } from '../i18n/locale';

// Every failure the console gets from the api, whichever client made the request (react-admin's Apollo client or
// gqlRequest), becomes one ApiError: the GraphQL `extensions.code`, the HTTP status react-admin's auth checks read,
// and the per-field problems of BAD_USER_INPUT.

export interface ApiFieldError {
  /** as in the request: `baseBonus`, `attributes.shift` */
  path: string;
  message: string;
  /** the same in Chinese, when the api sent it */
  messageZh?: string;
}

export interface GraphqlErrorPayload {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; fields?: unknown; [key: string]: unknown };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly fields: readonly ApiFieldError[] = [],
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * HTTP-like statuses (react-admin logs out on 401). As in the api's REST answers, any other code is a domain
 * refusal about the current state (409: "team has agents").
 */
const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, RATE_LIMITED: 429,
  GRAPHQL_VALIDATION_FAILED: 400, GRAPHQL_PARSE_FAILED: 400, INTERNAL_SERVER_ERROR: 500,
};

/** Builds the ApiError for the first GraphQL error of a response (the one the operation failed on). */
export function apiErrorFromGraphql(errors: readonly GraphqlErrorPayload[], httpStatus = 200): ApiError {
  const first = errors[0] ?? {};
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const status = STATUS_OF_CODE[code] ?? (httpStatus >= 400 ? httpStatus : 409);
  return new ApiError(first.message ?? code, code, status, fieldErrorsOf(first.extensions?.fields), first.extensions ?? {});
}

export function fieldErrorsOf(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const entry = item as Partial<ApiFieldError> | null;
    if (!entry || typeof entry.path !== 'string' || typeof entry.message !== 'string') return [];
    return [typeof entry.messageZh === 'string' ? { path: entry.path, message: entry.message, messageZh: entry.messageZh } : { path: entry.path, message: entry.message }];
  });
}

/** A failure before any GraphQL answer (server down, proxy error, HTML instead of JSON). */
export function networkApiError(message: string, status = 0): ApiError {
  return new ApiError(message, status === 0 ? 'NETWORK_ERROR' : `HTTP_${status}`, status || 503);
}

/**
 * Anything thrown by ra-data-graphql (an HttpError whose body is the ApolloError, or whose status is the HTTP one)
 * or by fetch, as an ApiError. Apollo puts resolver errors in `graphQLErrors` and errors of a non-2xx response
 * (e.g. a variable that does not coerce) in `networkError.result.errors`.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const value = (error ?? {}) as {
    message?: string; status?: number; body?: unknown; graphQLErrors?: GraphqlErrorPayload[];
    networkError?: { statusCode?: number; message?: string; result?: { errors?: GraphqlErrorPayload[] } };
  };
  // Already translated by the data provider (wrap-data-provider.ts): keep its code and status.
  const translated = value.body as { code?: unknown; extensions?: Record<string, unknown> } | undefined;
  if (typeof translated?.code === 'string' && typeof value.status === 'number') {
    return new ApiError(value.message ?? translated.code, translated.code, value.status, fieldErrorsOf(translated.extensions?.fields), translated.extensions ?? {});
  }
  const apollo = (value.body && typeof value.body === 'object' ? value.body : value) as typeof value;
  if (apollo.graphQLErrors?.length) return apiErrorFromGraphql(apollo.graphQLErrors);
  const network = apollo.networkError;
  if (network?.result?.errors?.length) return apiErrorFromGraphql(network.result.errors, network.statusCode ?? 400);
  if (network) return networkApiError(network.message ?? 'network error', network.statusCode ?? 0);
  const status = typeof value.status === 'number' && value.status >= 400 ? value.status : 0;
  return networkApiError(value.message ?? String(error), status);
}

/** Error codes the console has its own wording for (`ys.errors.<CODE>` in both languages). */
export const TRANSLATED_ERROR_CODES = [
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INVALID_CREDENTIALS', 'NETWORK_ERROR',
  'GROUP_NAME_TAKEN', 'GROUP_HAS_TEAMS', 'TEAM_NAME_TAKEN', 'TEAM_HAS_AGENTS', 'TEAM_HAS_RECORDS',
  'AGENT_EXTERNAL_ID_TAKEN', 'AGENT_HAS_RECORDS', 'AGENT_HAS_LOGIN', 'FIELD_NAME_TAKEN', 'USERNAME_TAKEN',
  'INTERNAL_SERVER_ERROR',
] as const;

/**
 * Codes that are about one field of the form (the api answers them without `fields`): shown under that field
 * instead of as a notification.
 */
export const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  GROUP_NAME_TAKEN: 'name', TEAM_NAME_TAKEN: 'name', FIELD_NAME_TAKEN: 'name', AGENT_EXTERNAL_ID_TAKEN: 'externalId',
  USERNAME_TAKEN: 'username',
};

/** The message to show: a translation key when the console words this code itself, else the api's message. */
export function messageOf(error: ApiError): string {
  return (TRANSLATED_ERROR_CODES as readonly string[]).includes(error.code) ? `ys.errors.${error.code}` : error.message;
}

/**
 * The form errors react-admin shows under each input (`HttpError.body.errors`): nested by path, so
 * `attributes.shift` lands on the `attributes.shift` input, in the console's language. Empty when the error is not about fields.
 */
export function formErrorsOf(error: ApiError, locale = 'en'): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  const fields = error.fields.length > 0 ? error.fields
    : FIELD_OF_CODE[error.code] ? [{ path: FIELD_OF_CODE[error.code], message: messageOf(error) }] : [];
  for (const field of fields) {
    setPath(errors, field.path ? field.path.split('.') : ['root', 'serverError'], inLanguage(locale, field.message, (field as ApiFieldError).messageZh));
  }
  return errors;
}

function setPath(target: Record<string, unknown>, path: string[], message: string): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = (next && typeof next === 'object' ? next : (node[key] = {})) as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  // Two problems on one field: keep both, the user fixes them together.
  node[last] = typeof node[last] === 'string' ? `${node[last] as string}; ${message}` : message;
}
