import type { PlanState } from './states-sql';
import { SqlResultError, type SqlAggregatedRow } from './sql-types';

// A result row of the aggregate query → the engine's row. GROUPING(keys…) says which keys a row is grouped by
// (a 0 bit), which tells an agent's row from its team's or the organisation's, and a segment's from the
// whole period's — a real NULL team is then a team-less pool, never confused with a rolled-up one.

export type GroupKey = 'seg' | 'agent' | 'team' | 'group';

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function rowDecoder(keys: readonly GroupKey[], states: ReadonlyMap<number, PlanState>, plans: number) {
  const width = keys.length;
  const size = Math.max(plans, ...[...states.keys()].map((i) => i + 1));
  return (row: Readonly<Record<string, unknown>>): SqlAggregatedRow => {
    const efd = Number(row.ys_efd);
    if (!(efd >= 1)) throw new SqlResultError(`extra_float_digits is ${String(row.ys_efd)}: doubles arrive rounded; use 1 or more (the PostgreSQL default)`);
    const g = Number(row.ys_g);
    if (!Number.isInteger(g) || g < 0 || g >= 2 ** width) throw new SqlResultError(`ys_g ${String(row.ys_g)} is not a grouping of this query`);
    const has = (key: GroupKey) => {
      const i = keys.indexOf(key);
      return i >= 0 && ((g >> (width - 1 - i)) & 1) === 0;
    };
    const level = has('agent') ? 'agent' : has('team') ? 'team' : has('group') ? 'group' : 'org';
    return {
      level,
      segment: has('seg') ? Number(row.ys_seg) : null,
      ...(level === 'agent' ? { agent: String(row.ys_agent), team: text(row.ys_team), ...(has('group') ? { group: text(row.ys_grp) } : {}) } : {}),
      ...(level === 'team' ? { team: text(row.ys_team) } : {}),
      ...(level === 'group' ? { group: text(row.ys_grp) } : {}),
      records: Number(row.ys_records),
      states: Array.from({ length: size }, (_, i) => states.get(i)?.read(row)),
    };
  };
}
