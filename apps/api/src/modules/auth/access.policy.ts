import type { Caller, Role, UserCaller } from '../../common/caller';
import { ForbiddenException } from '../../common/domain.exception';

// The one place that answers "may this caller do this?". Pure functions over the Caller: services look up what
// the question needs (an agent's current team) and ask; nothing here touches the database.
//
// | action               | admin | supervisor          | agent         | hr  | auditor | integration        |
// |----------------------|-------|---------------------|---------------|-----|---------|--------------------|
// | org:read             | yes   | yes                 | yes           | yes | yes     | scope read         |
// | org:write            | yes   | no                  | no            | no  | no      | no                 |
// | teams:read {team}    | yes   | their teams         | their team    | yes | yes     | scope read         |
// | agents:read {agent}  | yes   | their teams' agents | themselves    | yes | yes     | scope read         |
// | scores:read {…}      | yes   | their teams         | themselves    | yes | yes     | scope read         |
// | scores:simulate      | yes   | no                  | no            | no  | no      | no                 |
// | compensation:read    | yes   | no                  | themselves    | yes | yes     | no                 |
// | scorecards:read      | yes   | yes                 | yes           | yes | yes     | scope read         |
// | scorecards:drafts    | yes   | yes                 | no            | yes | yes     | no                 |
// | scorecards:write     | yes   | no                  | no            | no  | no      | no                 |
// | scorecards:publish   | yes   | no                  | no            | no  | no      | no                 |
// | overrides:read       | yes   | yes                 | no            | yes | yes     | scope read         |
// | overrides:write      | yes   | no                  | no            | no  | no      | no                 |
// | records:ingest       | yes   | no                  | no            | no  | no      | scope ingest       |
// | users:manage         | yes   | no                  | no            | no  | no      | no                 |
//
// Overrides switch the profile for everybody's pay, so they stay with admins (a supervisor could otherwise move
// the rules for their own team). Agents and integrations read published scorecards only: a draft is work in
// progress, not a rule anybody is measured by. Override reasons are management notes, so agents do not read them
// (they still see which profile is in force). "{…}" scopes: with no agent and no team the question is about org-wide data.

export type Action =
  | 'org:read' | 'org:write' | 'teams:read' | 'agents:read' | 'scores:read' | 'scores:simulate' | 'compensation:read'
  | 'scorecards:read' | 'scorecards:drafts' | 'scorecards:write' | 'scorecards:publish'
  | 'overrides:read' | 'overrides:write' | 'records:ingest'
  | 'users:manage';

/** What the question is about. For an agent give its id and its team (the team decides for supervisors). */
export interface AccessScope {
  agentId?: number;
  teamId?: number | null;
}

/** Which agents a caller may see in lists: translate it into a WHERE clause. */
export type AgentVisibility =
  | { kind: 'all' }
  | { kind: 'teams'; teamIds: readonly number[] }
  | { kind: 'agent'; agentId: number }
  | { kind: 'none' };

const READ_ALL: readonly Role[] = ['admin', 'hr', 'auditor'];
const ADMIN_ONLY = new Set<Action>([
  'org:write', 'scores:simulate', 'scorecards:write', 'scorecards:publish', 'overrides:write', 'users:manage',
]);

export function can(caller: Caller, action: Action, scope: AccessScope = {}): boolean {
  if (caller.kind === 'integration') {
    if (action === 'records:ingest') return caller.scopes.includes('ingest');
    const readable: Action[] = ['org:read', 'teams:read', 'agents:read', 'scores:read', 'scorecards:read', 'overrides:read'];
    return readable.includes(action) && caller.scopes.includes('read');
  }
  if (caller.role === 'admin') return true;
  if (ADMIN_ONLY.has(action) || action === 'records:ingest') return false;
  if (action === 'org:read' || action === 'scorecards:read') return true;
  if (action === 'scorecards:drafts' || action === 'overrides:read') return caller.role !== 'agent';
  if (READ_ALL.includes(caller.role)) return true;
  if (action === 'compensation:read') return caller.role === 'agent' && isSelf(caller, scope);
  return caller.role === 'supervisor' ? supervises(caller, scope) : isOwn(caller, action, scope);
}

/** Throws FORBIDDEN unless `can`; the message names the action, never the data behind it. */
export function assertCan(caller: Caller, action: Action, scope: AccessScope = {}): void {
  if (!can(caller, action, scope)) throw new ForbiddenException(`you are not allowed to ${DESCRIPTIONS[action]}`);
}

export function visibleAgents(caller: Caller): AgentVisibility {
  if (caller.kind === 'integration') return caller.scopes.includes('read') ? { kind: 'all' } : { kind: 'none' };
  if (caller.role === 'supervisor') return { kind: 'teams', teamIds: caller.teamIds };
  if (caller.role === 'agent') return caller.agentId === null ? { kind: 'none' } : { kind: 'agent', agentId: caller.agentId };
  return { kind: 'all' };
}

/** Teams a caller may list: all, or exactly these ids. */
export function visibleTeams(caller: Caller): { kind: 'all' } | { kind: 'teams'; teamIds: readonly number[] } | { kind: 'none' } {
  if (caller.kind === 'integration') return caller.scopes.includes('read') ? { kind: 'all' } : { kind: 'none' };
  if (caller.role === 'supervisor' || caller.role === 'agent') return { kind: 'teams', teamIds: caller.teamIds };
  return { kind: 'all' };
}

function supervises(caller: UserCaller, scope: AccessScope): boolean {
  return scope.teamId !== undefined && scope.teamId !== null && caller.teamIds.includes(scope.teamId);
}

function isSelf(caller: UserCaller, scope: AccessScope): boolean {
  return caller.agentId !== null && scope.agentId === caller.agentId;
}

/** An agent user: their own agent record and scores, and their own team's basic data. */
function isOwn(caller: UserCaller, action: Action, scope: AccessScope): boolean {
  if (action === 'teams:read') return scope.agentId === undefined && supervises(caller, scope);
  if (action === 'agents:read' || action === 'scores:read') return isSelf(caller, scope);
  return false;
}

const DESCRIPTIONS: Record<Action, string> = {
  'org:read': 'read the organisation settings',
  'org:write': 'change the organisation (settings, groups, teams, agents, fields)',
  'teams:read': 'read this team',
  'agents:read': 'read this agent',
  'scores:read': 'read these scores',
  'scores:simulate': 'simulate scorecard changes',
  'compensation:read': 'see compensation',
  'scorecards:read': 'read scorecards',
  'scorecards:drafts': 'read scorecard drafts',
  'scorecards:write': 'edit scorecards',
  'scorecards:publish': 'publish scorecards',
  'overrides:read': 'read profile overrides',
  'overrides:write': 'set or clear profile overrides',
  'records:ingest': 'ingest interaction records',
  'users:manage': 'manage users and API keys',
};

/** The policy as one object, for call sites that read better as `access.assertCan(…)`. */
export const access = { can, assertCan, visibleAgentFilter: visibleAgents, visibleTeamFilter: visibleTeams };
