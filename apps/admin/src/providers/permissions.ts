// What each role may do in the console. The api decides (apps/api/src/modules/auth/access.policy.ts, the table in
// docs/service.md); this mirror only hides what would be refused, so a role never sees a button that fails.

export const ROLES = ['admin', 'supervisor', 'agent', 'hr', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** react-admin's actions (`list show create edit delete export`) plus the console's own pages. */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | string;

const READ_ACTIONS = new Set(['list', 'show', 'export', 'read']);

/** Resources (react-admin names) and pages, by who may read and who may change them. */
const READABLE_BY_ALL = new Set([
  'Agent', 'Team', 'Group', 'FieldDefinition', 'Scorecard', 'settings', 'dashboard', 'leaderboard', 'agent-page',
  'profiles',
]);
const ADMIN_ONLY = new Set(['imports', 'ColumnMapping', 'users', 'apiKeys']);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Whether `role` may perform `action` on `resource`. Admins may do everything; every other role reads the
 * organisation (scoped by the api to what it may see) and changes nothing. Imports and column mappings are for
 * admins only; unknown resources are refused so a new page must be listed here before anyone sees it.
 */
export function canRoleAccess(role: Role | null | undefined, action: Action, resource: string): boolean {
  if (!role) return false;
  if (role === 'admin') return true;
  if (ADMIN_ONLY.has(resource)) return false;
  if (!READABLE_BY_ALL.has(resource)) return false;
  return READ_ACTIONS.has(action);
}

/** Whether the role may see compensation (base bonus) at all; agents see only their own (the api blanks others). */
export function seesCompensation(role: Role | null | undefined): boolean {
  return role === 'admin' || role === 'hr' || role === 'auditor' || role === 'agent';
}
