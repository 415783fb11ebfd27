import type { Caller, Role } from '../../common/caller';
import { access, assertCan, can, visibleAgents, visibleTeams, type Action } from './access.policy';

const user = (role: Role, extra: { agentId?: number; teamIds?: number[] } = {}): Caller => ({
  kind: 'user', userId: 1, username: role, role, agentId: extra.agentId ?? null, teamIds: extra.teamIds ?? [],
});
const integration = (...scopes: ('ingest' | 'read')[]): Caller => ({ kind: 'integration', apiKeyId: 1, name: 'k', scopes });

const admin = user('admin');
const lead = user('supervisor', { teamIds: [10, 11] });
const agent = user('agent', { agentId: 7, teamIds: [10] });
const hr = user('hr');
const auditor = user('auditor');
const reader = integration('read');
const ingester = integration('ingest');

const WRITES: Action[] = ['org:write', 'scorecards:write', 'scorecards:publish', 'overrides:write', 'users:manage', 'scores:simulate'];

describe('access policy', () => {
  it('lets admins do everything', () => {
    for (const action of [...WRITES, 'records:ingest', 'compensation:read', 'scores:read'] as Action[]) expect(can(admin, action)).toBe(true);
  });

  it.each([lead, agent, hr, auditor, reader, ingester])('keeps every write with admins (%#)', (caller) => {
    for (const action of WRITES) expect(can(caller, action, { teamId: 10, agentId: 7 })).toBe(false);
  });

  it('scopes a supervisor to the teams they lead, by the agent’s team', () => {
    expect(can(lead, 'agents:read', { agentId: 99, teamId: 11 })).toBe(true);
    expect(can(lead, 'agents:read', { agentId: 99, teamId: 12 })).toBe(false);
    expect(can(lead, 'agents:read', { agentId: 99, teamId: null })).toBe(false);
    expect(can(lead, 'scores:read', { teamId: 10 })).toBe(true);
    expect(can(lead, 'scores:read')).toBe(false);
    expect(can(lead, 'teams:read', { teamId: 12 })).toBe(false);
    expect(can(lead, 'compensation:read', { agentId: 99, teamId: 10 })).toBe(false);
    expect(visibleAgents(lead)).toEqual({ kind: 'teams', teamIds: [10, 11] });
  });

  it('lets an agent see only themselves, their own pay and their own team', () => {
    expect(can(agent, 'agents:read', { agentId: 7, teamId: 10 })).toBe(true);
    expect(can(agent, 'agents:read', { agentId: 8, teamId: 10 })).toBe(false);
    expect(can(agent, 'scores:read', { agentId: 7, teamId: 10 })).toBe(true);
    expect(can(agent, 'scores:read', { teamId: 10 })).toBe(false);
    expect(can(agent, 'scores:read')).toBe(false);
    expect(can(agent, 'compensation:read', { agentId: 7 })).toBe(true);
    expect(can(agent, 'compensation:read', { agentId: 8 })).toBe(false);
    expect(can(agent, 'teams:read', { teamId: 10 })).toBe(true);
    expect(can(agent, 'teams:read', { teamId: 11 })).toBe(false);
    expect(visibleAgents(agent)).toEqual({ kind: 'agent', agentId: 7 });
    expect(visibleAgents(user('agent'))).toEqual({ kind: 'none' });
  });

  it.each([hr, auditor])('lets hr and auditors read everything, compensation included (%#)', (caller) => {
    for (const action of ['org:read', 'teams:read', 'agents:read', 'scores:read', 'compensation:read', 'scorecards:read'] as Action[]) {
      expect(can(caller, action, { agentId: 3, teamId: 4 })).toBe(true);
      expect(can(caller, action)).toBe(true);
    }
    expect(can(caller, 'records:ingest')).toBe(false);
    expect(visibleAgents(caller)).toEqual({ kind: 'all' });
  });

  it('gives integrations exactly their scopes, never compensation', () => {
    expect(can(reader, 'scores:read')).toBe(true);
    expect(can(reader, 'agents:read', { agentId: 1, teamId: 2 })).toBe(true);
    expect(can(reader, 'records:ingest')).toBe(false);
    expect(can(reader, 'compensation:read', { agentId: 1 })).toBe(false);
    expect(can(ingester, 'records:ingest')).toBe(true);
    expect(can(ingester, 'scores:read')).toBe(false);
    expect(can(ingester, 'org:read')).toBe(false);
    expect(visibleAgents(ingester)).toEqual({ kind: 'none' });
    expect(visibleTeams(ingester)).toEqual({ kind: 'none' });
    expect(visibleTeams(reader)).toEqual({ kind: 'all' });
  });

  it('reserves ingestion for admins and ingest keys', () => {
    expect([admin, lead, agent, hr, auditor, reader, ingester].map((caller) => can(caller, 'records:ingest')))
      .toEqual([true, false, false, false, false, false, true]);
  });

  it('throws FORBIDDEN naming the action', () => {
    expect(() => assertCan(hr, 'overrides:write')).toThrow('you are not allowed to set or clear profile overrides');
    expect(() => access.assertCan(admin, 'overrides:write')).not.toThrow();
    try {
      assertCan(agent, 'scores:read', { agentId: 8 });
    } catch (error) {
      expect((error as { code: string }).code).toBe('FORBIDDEN');
    }
    expect.assertions(3);
  });
});
