import type { ScoreRecord } from '@yardstick/dsl';
import { Accumulators, planSet, type PlanSet } from '../accumulators';
import type { AggregatedLevel, AggregatedRow } from '../aggregated-types';
import { rangePeriod } from '../periods';
import { planSegments, segmentAt } from '../profiles';
import type { ScoreOptions } from '../types';

// What the SQL of dsl/src/compile/sql computes, done in JavaScript: records grouped by (segment, agent), (segment,
// team), (segment, group), (segment) and the same for the whole period, each group's accumulator states as rows.
// Engine tests compare the AggregatedScorer fed with these rows to the streaming Scorer; integration tests compare
// these rows to the database's to say which aggregate of which group differs.

interface Group {
  readonly row: Omit<AggregatedRow, 'records' | 'states'>;
  readonly acc: Accumulators;
  records: number;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Each agent's team as the scorer resolves it: a listed agent's from the agents list (none when listed without
 * one), an unlisted agent's from the first record that names one.
 */
function teamsOf(opts: ScoreOptions, records: readonly ScoreRecord[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const listed = new Set<string>();
  for (const a of opts.agents ?? []) {
    listed.add(a.id);
    out.set(a.id, a.team ?? null);
  }
  for (const r of records) {
    const id = text(r.agent);
    if (id !== null && !listed.has(id) && !out.get(id)) out.set(id, text(r.team));
  }
  return out;
}

export function aggregateRows(opts: ScoreOptions, records: readonly ScoreRecord[]): AggregatedRow[] {
  const sc = opts.scorecard;
  const plans: PlanSet = planSet(sc.aggregates);
  const segments = planSegments(sc, rangePeriod(opts.period.from, opts.period.to), opts.profile, opts.segments);
  const teams = teamsOf(opts, records);
  const groupOf = new Map((opts.agents ?? []).map((a) => [a.id, a.group ?? null]));
  const groups = new Map<string, Group>();
  const touch = (level: AggregatedLevel, name: string | null, segment: number | null, extra: Partial<AggregatedRow> = {}): Group => {
    const key = `${level}\u0000${name}\u0000${segment}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { row: { level, segment, ...extra }, acc: new Accumulators(plans), records: 0 }));
    return g;
  };
  const start = segments[0].startMs;
  const end = segments[segments.length - 1].endMs;
  for (const r of records) {
    const id = text(r.agent);
    const t = r.occurred_at;
    if (id === null || typeof t !== 'number' || !(t >= start && t < end)) continue;
    const team = teams.get(id) ?? null;
    // the agent's group matters (and is grouped by) only for group subjects
    const byGroup = sc.subject === 'group';
    const group = groupOf.get(id) ?? null;
    const seg = segmentAt(segments, t);
    for (const segment of segments.length === 1 ? [null] : [seg, null]) {
      const hit = [touch('agent', id, segment, { agent: id, team, ...(byGroup ? { group } : {}) }), touch('org', null, segment)];
      if (team !== null) hit.push(touch('team', team, segment, { team }));
      if (group !== null && byGroup) hit.push(touch('group', group, segment, { group }));
      for (const g of hit) {
        g.acc.add(r);
        g.records++;
      }
    }
  }
  // roster aggregates are counted from the agents list, not from records: no state (as the SQL gives none)
  const indexes = new Set(sc.aggregates.filter((p) => !['headcount', 'leavers', 'joiners'].includes(p.fn)).map((p) => p.index));
  const states = (acc: Accumulators) => Array.from({ length: plans.size }, (_, i) => (indexes.has(i) ? acc.state(i) : undefined));
  return [...groups.values()].map((g) => ({ ...g.row, records: g.records, states: states(g.acc) }));
}
