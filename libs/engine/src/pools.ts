import type { CompiledScorecard, EvalScope } from '@yardstick/dsl';
import { Accumulators, type PlanSet, type RosterCounts } from './accumulators';
import { evaluateNodes, type ScopeParts } from './evaluate';
import type { SegmentPlan } from './profiles';
import { rosterCounts, type RosterEntry, type RosterMember } from './roster';

// The streaming state of one agent, and pools of agents (a team, a group, the organisation): their merged
// accumulators per segment and for the whole period, and the scopes evaluated from them.

/** What the scorer keeps per agent while records stream in: counts and accumulators, never the records. */
export interface AgentState {
  readonly id: string;
  readonly entry: RosterEntry | undefined;
  /** from the agents list, else the first team a record named */
  team: string | null;
  records: number;
  readonly segRecords: number[];
  /** one per segment */
  readonly accs: Accumulators[];
}

export function newAgentState(id: string, entry: RosterEntry | undefined, team: string | null, plans: PlanSet, segments: number): AgentState {
  const accs: Accumulators[] = [];
  for (let i = 0; i < segments; i++) accs.push(new Accumulators(plans));
  return { id, entry, team, records: 0, segRecords: new Array(segments).fill(0), accs };
}

/** Accumulators and record counts of a subject per segment and for the whole period. */
export interface Pool {
  readonly parts: readonly Accumulators[];
  readonly whole: Accumulators;
  readonly segRecords: readonly number[];
  readonly records: number;
  /** roster figures per segment and for the whole period (`wholeRoster`) */
  readonly roster: readonly RosterCounts[];
  readonly wholeRoster: RosterCounts;
}

const NO_ROSTER: RosterCounts = { headcount: 0, leavers: 0, joiners: 0 };

/** Merges agents' accumulators into a pool (a lone agent with one segment is used as is, not copied). */
export function poolOf(members: readonly AgentState[], plans: PlanSet, segments: readonly SegmentPlan[]): Pool {
  const lone = members.length === 1 ? members[0] : undefined;
  const parts = segments.map((_, s) => {
    if (lone) return lone.accs[s];
    const acc = new Accumulators(plans);
    for (const m of members) acc.merge(m.accs[s]);
    return acc;
  });
  let whole = parts[0];
  if (parts.length > 1) {
    whole = new Accumulators(plans);
    for (const p of parts) whole.merge(p);
  }
  return completePool(parts, whole, members, plans, segments);
}

/** A pool from its accumulators (per segment and whole), with the members' record counts and roster figures. */
export function completePool(
  parts: readonly Accumulators[], whole: Accumulators, members: readonly AgentState[], plans: PlanSet, segments: readonly SegmentPlan[],
): Pool {
  const segRecords = segments.map((_, s) => members.reduce((n, m) => n + m.segRecords[s], 0));
  const records = segRecords.reduce((a, b) => a + b, 0);
  if (!plans.usesRoster) return { parts, whole, segRecords, records, roster: segments.map(() => NO_ROSTER), wholeRoster: NO_ROSTER };
  const roster = segments.map((seg, s) => rosterCounts(
    members.map((m): RosterMember => ({ entry: m.entry, active: m.segRecords[s] > 0 })), seg.firstDay, seg.lastDay));
  const wholeRoster = rosterCounts(
    members.map((m): RosterMember => ({ entry: m.entry, active: m.records > 0 })), segments[0].firstDay, segments[segments.length - 1].lastDay);
  return { parts, whole, segRecords, records, roster, wholeRoster };
}

/** Where the scoring step gets the pools of subjects and groups from: merged streamed states, or states from SQL. */
export interface PoolSource {
  agent(agent: AgentState): Pool;
  /** a team or group by name, or the organisation (name null), with its members */
  group(kind: 'team' | 'group' | 'org', name: string | null, members: readonly AgentState[]): Pool;
  /** whether group pools may be built only when read (building them checks nothing that could fail) */
  readonly deferGroups?: boolean;
}

/** Pools of the streaming scorer: the members' accumulators merged. */
export function mergedPools(plans: PlanSet, segments: readonly SegmentPlan[]): PoolSource {
  return {
    agent: (a) => poolOf([a], plans, segments),
    group: (_kind, _name, members) => poolOf(members, plans, segments),
    deferGroups: true,
  };
}

/** The scopes of a pool: the whole period's, and one per segment (the same object when there is one segment). */
export interface PoolScopes {
  readonly whole: EvalScope;
  readonly parts: readonly EvalScope[];
}

/** Builds the scope parts of segment `seg` (-1 for the whole period) from its aggregate results. */
export type ScopeBuilder = (agg: readonly (number | null)[], seg: number) => ScopeParts;

export function evaluatePool(sc: CompiledScorecard, pool: Pool, build: ScopeBuilder): PoolScopes {
  const whole = evaluateNodes(sc, build(pool.whole.results(pool.wholeRoster), -1));
  if (pool.parts.length === 1) return { whole, parts: [whole] };
  const parts = pool.parts.map((acc, s) => evaluateNodes(sc, build(acc.results(pool.roster[s]), s)));
  return { whole, parts };
}

/** Agents grouped by a key (team or group); agents whose key is null belong to none. */
export function groupAgents(agents: Iterable<AgentState>, key: (a: AgentState) => string | null): Map<string, AgentState[]> {
  const out = new Map<string, AgentState[]>();
  for (const a of agents) {
    const k = key(a);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(a);
    else out.set(k, [a]);
  }
  return out;
}
