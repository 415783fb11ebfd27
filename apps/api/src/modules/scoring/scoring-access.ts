import type { Caller } from '../../common/caller';
import { ForbiddenException } from '../../common/domain.exception';
import { assertCan, visibleAgents } from '../auth/access.policy';
import type { ScoreFilter } from './snapshots.repository';

// Whose scores a caller reads (access.policy.ts decides; this turns its answer into row filters):
//   admin, hr, auditor, integrations with `read`: everyone (or the team asked for);
//   supervisors: the agents of their teams; asking for another team is FORBIDDEN;
//   agents: themselves only; asking for another agent's score gives nothing (an empty list), not an error.

/** A filter, or `nothing` when the caller may read scores but none of these. */
export type Reach = ScoreFilter | 'nothing';

/** The agents whose scores the caller reads, optionally within one team. */
export function agentReach(caller: Caller, teamId?: number): Reach {
  assertCan(caller, 'scorecards:read');
  const visible = visibleAgents(caller);
  switch (visible.kind) {
    case 'none': return 'nothing';
    case 'all': return teamId === undefined ? {} : { teamIds: [teamId] };
    case 'teams':
      if (teamId === undefined) return { teamIds: visible.teamIds };
      assertCan(caller, 'scores:read', { teamId });
      return { teamIds: [teamId] };
    case 'agent': return { agentId: visible.agentId, ...(teamId === undefined ? {} : { teamIds: [teamId] }) };
  }
}

/** The teams whose pooled results the caller reads: agents read their own scores only, not their team's. */
export function teamReach(caller: Caller, teamId?: number): { teamIds?: readonly number[]; organisation: boolean } | 'nothing' {
  const reach = agentReach(caller, teamId);
  if (reach === 'nothing' || reach.agentId !== undefined) return 'nothing';
  return { teamIds: reach.teamIds, organisation: reach.teamIds === undefined };
}

/**
 * The groups (sites, vendors) whose results the caller reads. A group's score pools every team of the group, so
 * a supervisor reads a group only when they supervise all of its teams (asking for another is FORBIDDEN); agents
 * read none (as for teams); everyone who reads all scores reads every group.
 */
export function groupReach(
  caller: Caller, groupTeams: readonly { id: number; team_ids: readonly number[] }[], groupId?: number,
): { groupIds?: readonly number[] } | 'nothing' {
  const reach = agentReach(caller);
  if (reach === 'nothing' || reach.agentId !== undefined) return 'nothing';
  if (reach.teamIds === undefined) return groupId === undefined ? {} : { groupIds: [groupId] };
  const mine = new Set(reach.teamIds);
  const whole = groupTeams.filter((g) => g.team_ids.length > 0 && g.team_ids.every((t) => mine.has(t))).map((g) => g.id);
  if (groupId === undefined) return { groupIds: whole };
  if (!whole.includes(groupId)) throw new ForbiddenException('you are not allowed to read this group\'s scores');
  return { groupIds: [groupId] };
}
