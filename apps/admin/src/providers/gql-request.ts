import { ApiError, apiErrorFromGraphql, networkApiError, type GraphqlErrorPayload } from './api-error';
import { browserSession } from './session-store';

// A small GraphQL client for what is not react-admin CRUD (login, me, scores, leaderboards, publishing...):
// POST /graphql with the session's bearer token; `data` on success, an ApiError otherwise.
//
//   const { scorecard } = await gqlRequest<{ scorecard: { key: string } | null }>(
//     'query ($key: String!) { scorecard(key: $key) { key } }', { key: 'csat' });

export type GqlVariables = Record<string, unknown>;
export type GqlRequest = <T = Record<string, unknown>>(query: string, variables?: GqlVariables, options?: GqlRequestOptions) => Promise<T>;

export interface GqlRequestOptions {
  signal?: AbortSignal;
  /** send no token (login) */
  anonymous?: boolean;
}

export interface GqlClientOptions {
  uri?: string;
  fetch?: typeof fetch;
  /** the bearer token to send, or null to send none */
  token?: () => string | null;
  /** told about every UNAUTHENTICATED answer (the console goes back to the login page) */
  onUnauthenticated?: () => void;
}

export function createGqlRequest(options: GqlClientOptions = {}): GqlRequest {
  const uri = options.uri ?? '/graphql';
  return async <T>(query: string, variables: GqlVariables = {}, request: GqlRequestOptions = {}): Promise<T> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const token = request.anonymous ? null : (options.token?.() ?? null);
    if (token) headers.authorization = `Bearer ${token}`;
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(uri, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: request.signal });
    } catch (error) {
      if ((error as Error | undefined)?.name === 'AbortError') throw error;
      throw networkApiError(error instanceof Error ? error.message : String(error));
    }
    const body = await readJson(response);
    const errors = (body?.errors ?? []) as GraphqlErrorPayload[];
    if (errors.length > 0) {
      const error = apiErrorFromGraphql(errors, response.status);
      if (error.code === 'UNAUTHENTICATED') options.onUnauthenticated?.();
      throw error;
    }
    if (!response.ok || !body || body.data === undefined || body.data === null) {
      throw networkApiError(`the api answered HTTP ${response.status} without data`, response.status || 502);
    }
    return body.data as T;
  };
}

async function readJson(response: Response): Promise<{ data?: unknown; errors?: unknown[] } | null> {
  try {
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  } catch {
    return null;
  }
}

/** Redirects to the login page when the session has ended, whatever page asked. */
function backToLogin(): void {
  browserSession.clear();
  if (typeof window !== 'undefined' && !window.location.hash.startsWith('#/login')) window.location.hash = '#/login';
}

/** The console's client: same-origin /graphql with the logged-in user's token. */
export const gqlRequest: GqlRequest = createGqlRequest({ token: () => browserSession.token(), onUnauthenticated: backToLogin });

export { ApiError };
