import type { AgentScore, MetricValue, TargetOutcome } from './scores-api';

// The leaderboard as a table: one row per scored agent, a column per kpi, sorted and filtered in the browser (the
// api gives every agent of the period at once, by rank).

export interface KpiColumn { key: string; label: string }

export interface LeaderboardRow {
  agentId: string;
  agent: string;
  externalId: string;
  teamId: string | null;
  team: string;
  score: number | null;
  rank: number | null;
  teamRank: number | null;
  eligible: boolean;
  profile: string;
  records: number;
  kpis: Record<string, number | null>;
  targetsMet: number;
  targetsTotal: number;
  targets: TargetOutcome[];
  metrics: MetricValue[];
}

export type SortKey = 'rank' | 'agent' | 'team' | 'score' | 'targets' | 'records' | `kpi:${string}`;
export interface SortOrder { key: SortKey; direction: 'asc' | 'desc' }

export type TargetsFilter = 'all' | 'all_met' | 'some_missed';
export interface RowFilter { q: string; eligibleOnly: boolean; targets: TargetsFilter }

export const NO_FILTER: RowFilter = { q: '', eligibleOnly: false, targets: 'all' };

export function toRows(scores: readonly AgentScore[]): LeaderboardRow[] {
  return scores.map((s) => ({
    agentId: s.agent.id, agent: s.agent.name, externalId: s.agent.externalId, teamId: s.agent.team?.id ?? null,
    team: s.agent.team?.name ?? '', score: s.score, rank: s.rank, teamRank: s.teamRank, eligible: s.eligible,
    profile: s.profile, records: s.records,
    kpis: Object.fromEntries(s.kpis.map((k) => [k.key, k.value])),
    targetsMet: s.targets.filter((t) => t.met).length, targetsTotal: s.targets.length, targets: s.targets,
    metrics: s.metrics,
  }));
}

/** Every kpi any agent has, in the scorecard's order (first seen), labelled as the scorecard labels them. */
export function kpiColumns(scores: readonly AgentScore[]): KpiColumn[] {
  const columns = new Map<string, KpiColumn>();
  for (const score of scores) {
    for (const kpi of score.kpis) {
      if (!columns.has(kpi.key)) columns.set(kpi.key, { key: kpi.key, label: kpi.label ?? kpi.key });
    }
  }
  return [...columns.values()];
}

export function filterRows(rows: readonly LeaderboardRow[], filter: RowFilter): LeaderboardRow[] {
  const q = filter.q.trim().toLocaleLowerCase();
  return rows.filter((row) => {
    if (q && !`${row.agent}\u0000${row.externalId}\u0000${row.team}`.toLocaleLowerCase().includes(q)) return false;
    if (filter.eligibleOnly && !row.eligible) return false;
    if (filter.targets === 'all_met' && (row.targetsTotal === 0 || row.targetsMet < row.targetsTotal)) return false;
    if (filter.targets === 'some_missed' && row.targetsMet === row.targetsTotal) return false;
    return true;
  });
}

function sortValue(row: LeaderboardRow, key: SortKey): number | string | null {
  if (key.startsWith('kpi:')) return row.kpis[key.slice(4)] ?? null;
  switch (key) {
    case 'rank': return row.rank;
    case 'agent': return row.agent;
    case 'team': return row.team || null;
    case 'score': return row.score;
    case 'targets': return row.targetsTotal === 0 ? null : row.targetsMet;
    case 'records': return row.records;
    default: return null;
  }
}

/**
 * Rows sorted by one column; missing values (unranked, no score, no kpi value) go last whichever the direction,
 * and ties keep the api's rank order, then names.
 */
export function sortRows(rows: readonly LeaderboardRow[], order: SortOrder): LeaderboardRow[] {
  const sign = order.direction === 'asc' ? 1 : -1;
  const byRank = (a: LeaderboardRow, b: LeaderboardRow) =>
    (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.agent.localeCompare(b.agent);
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a, order.key), sortValue(b, order.key)];
    if (x === null || y === null) return x === y ? byRank(a, b) : x === null ? 1 : -1;
    const compared = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return compared !== 0 ? sign * compared : byRank(a, b);
  });
}

/** The direction a column sorts in first: best first for numbers where higher is better, A→Z for names. */
export function firstDirection(key: SortKey): 'asc' | 'desc' {
  return key === 'rank' || key === 'agent' || key === 'team' ? 'asc' : 'desc';
}

/** Clicking a column: the same column flips, another starts in its natural direction. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: firstDirection(key) };
}
