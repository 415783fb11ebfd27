// Who is calling: a logged-in user or an integration (API key). Resolved once per request by the auth guard
// from the Authorization / X-Api-Key headers; every service decides with it through the access policy.

export const ROLES = ['admin', 'supervisor', 'agent', 'hr', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const API_SCOPES = ['ingest', 'read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export interface UserCaller {
  readonly kind: 'user';
  readonly userId: number;
  readonly username: string;
  readonly role: Role;
  /** the agent this login belongs to (role agent), else null */
  readonly agentId: number | null;
  /** supervisor: the teams supervised; agent: the agent's own team (if any); others: empty */
  readonly teamIds: readonly number[];
}

export interface IntegrationCaller {
  readonly kind: 'integration';
  readonly apiKeyId: number;
  readonly name: string;
  readonly scopes: readonly ApiScope[];
}

export type Caller = UserCaller | IntegrationCaller;
