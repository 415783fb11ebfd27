import type { ScorecardModel } from '../../checker/model';
import type { CompiledScorecard } from '../types';
import { rowDecoder, type GroupKey } from './decode-sql';
import { modelOf, planEntries } from './plan-irs';
import { RecordSql } from './record-sql';
import { Unsupported } from './sql-expr';
import { SqlParams, TableRefs } from './sql-text';
import { planState, type PlanState } from './states-sql';
import { SqlTableMapError, type AggregateSqlOptions, type AggregateSqlResult, type SqlSegment, type SqlUnsupported } from './sql-types';

// One query per scorecard and period: every aggregate plan's state over the period's records (by the org-local
// wall clock), grouped by agent, team, group and the organisation, per segment when the period straddles a
// schedule switch and for the whole period, in one pass (GROUPING SETS). The engine's AggregatedScorer finishes
// the rows exactly as the streaming scorer finishes its own states.

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_COLUMNS = 1600;
const DAY = 86_400_000;

function dayMs(day: string, what: string): number {
  const m = DAY_RE.exec(typeof day === 'string' ? day : '');
  const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  if (!m || new Date(ms).toISOString().slice(0, 10) !== day) throw new SqlTableMapError(`${what}: '${String(day)}' is not a day YYYY-MM-DD`);
  return ms;
}

/** A segment's bounds in wall-clock ms: `startMs`/`endMs` when given (any instant), else its days. */
function segmentMs(s: SqlSegment, what: string): [number, number] {
  if (s.startMs !== undefined || s.endMs !== undefined) {
    if (!Number.isSafeInteger(s.startMs) || !Number.isSafeInteger(s.endMs) || !((s.endMs as number) > (s.startMs as number))) {
      throw new SqlTableMapError(`${what}: startMs and endMs must be whole milliseconds, startMs before endMs`);
    }
    return [s.startMs as number, s.endMs as number];
  }
  return [dayMs(s.from, what), dayMs(s.to, what) + DAY];
}

/** A bound as the text of a local timestamp: the day alone at midnight. */
const boundText = (ms: number): string => {
  const iso = new Date(ms).toISOString();
  return ms % DAY === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
};

/** The local time starting each segment, and the end of the period: contiguous segments, checked. */
function bounds(segments: AggregateSqlOptions['segments']): string[] {
  if (!Array.isArray(segments) || segments.length === 0) throw new SqlTableMapError('segments: at least one is needed');
  const out: string[] = [];
  let next: number | undefined;
  for (const [i, s] of segments.entries()) {
    const [from, end] = segmentMs(s, `segment ${i}`);
    if (next !== undefined && from !== next) throw new SqlTableMapError(`segment ${i}: ${boundText(from)} does not follow on from the one before`);
    out.push(boundText(from));
    next = end;
  }
  out.push(boundText(next as number));
  return out;
}

interface Keys {
  readonly seg: string | undefined;
  readonly agent: string;
  readonly team: string;
  readonly group: string | undefined;
  /** the keys present, in GROUPING order */
  readonly list: readonly [GroupKey, string][];
  readonly occurred: string;
  readonly local: string;
  readonly zone: string;
  /** the first local day of the period, and the day after its last */
  readonly first: string;
  readonly end: string;
}

function groupingSets(k: Keys): string {
  const scopes = k.seg === undefined ? [[]] : [[k.seg], []];
  const sets = scopes.flatMap((prefix) => [
    [...prefix, k.agent, k.team, ...(k.group ? [k.group] : [])],
    [...prefix, k.team],
    ...(k.group ? [[...prefix, k.group]] : []),
    prefix,
  ]);
  return sets.map((s) => `(${s.join(', ')})`).join(',\n    ');
}

export function compileAggregatesSql(options: AggregateSqlOptions): AggregateSqlResult {
  const { scorecard: sc, table } = options;
  const refs = new TableRefs(table);
  const params = new SqlParams();
  if (typeof options.timeZone !== 'string' || options.timeZone === '') throw new SqlTableMapError('timeZone: an IANA zone name is needed');
  const zone = params.text(options.timeZone);
  const days = bounds(options.segments);
  const model = modelOf(options.checked, sc.key);
  if (!model) return { ok: false, unsupported: [{ aggregate: '', reason: `the checked document has no scorecard ${sc.key}` }] };
  const rs = new RecordSql({ refs, params, fieldTypes: new Map([...model.fields].map(([k, f]) => [k, f.type])), zone });
  const { states, unsupported } = compileStates(rs, model, sc);
  const columns = [...states.values()].flatMap((s) => s.columns);
  // PostgreSQL allows 1664 entries in a select list
  if (columns.length > MAX_COLUMNS) unsupported.push({ aggregate: '', reason: `${columns.length} aggregate columns: more than one query can select` });
  if (unsupported.length > 0) return { ok: false, unsupported };
  const keys = groupKeys(refs, params, zone, days, sc.subject === 'group');
  const text = [
    `SELECT GROUPING(${keys.list.map(([, k]) => k).join(', ')}) AS ys_g,`,
    `  ${keys.seg ?? 'NULL::int'} AS ys_seg, ${keys.agent} AS ys_agent, ${keys.team} AS ys_team, ${keys.group ?? 'NULL::text'} AS ys_grp,`,
    `  count(*) AS ys_records, current_setting('extra_float_digits') AS ys_efd${columns.map((c) => `,\n  ${c}`).join('')}`,
    `FROM ${refs.from()}`,
    ...rs.layers.map((cols, i) => `  CROSS JOIN LATERAL (SELECT ${cols.join(', ')} OFFSET 0) AS ys_l${i + 1}`),
    `WHERE ${where(refs, params, zone, keys).join('\n  AND ')}`,
    `GROUP BY GROUPING SETS (\n    ${groupingSets(keys)})`,
  ].join('\n');
  const decode = rowDecoder(keys.list.map(([name]) => name), states, sc.aggregates.length);
  return { ok: true, query: { text, values: params.values, decode } };
}

/** Each plan's state columns; plans the SQL cannot compute, with why. */
function compileStates(rs: RecordSql, model: ScorecardModel, sc: CompiledScorecard) {
  const { entries, missing } = planEntries(model, sc);
  const unsupported: SqlUnsupported[] = missing.map((p) => ({ aggregate: p.text, reason: 'not in the checked model: compile and check the same source' }));
  const states = new Map<number, PlanState>();
  for (const plan of sc.aggregates) {
    const entry = entries.get(plan.index);
    if (!entry) continue;
    try {
      const state = planState(rs, plan, entry);
      if (state) states.set(plan.index, state);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      unsupported.push({ aggregate: plan.text, reason: e.message });
    }
  }
  return { states, unsupported };
}

/**
 * `local >= day` for a local day, computing the local time only within two days of the day's start: further
 * off, the instant alone decides, since no zone's offset has ever moved by as much (the instant bounds fold to
 * constants when the query is planned).
 */
function localFrom(k: { occurred: string; local: string; zone: string }, day: string): string {
  // timestamp ± interval and AT TIME ZONE are immutable: with the parameters bound these are constants
  const instant = (shift: '+' | '-') => `((${day} ${shift} interval '2 days') AT TIME ZONE ${k.zone})`;
  return `(${k.occurred} >= ${instant('+')} OR (${k.occurred} >= ${instant('-')} AND ${k.local} >= ${day}))`;
}

/** The grouping keys: segment (by the local wall clock), agent, team, and the group for group subjects. */
function groupKeys(refs: TableRefs, params: SqlParams, zone: string, days: readonly string[], byGroup: boolean): Keys {
  const { map } = refs;
  const occurred = refs.col(map.occurredAt ?? { column: 'occurred_at' }, 'occurredAt');
  const local = `(${occurred} AT TIME ZONE ${zone})`;
  const dayParams = days.map((d) => params.timestamp(d));
  const cases = dayParams.slice(1, -1).map((d, i) => `WHEN ${localFrom({ occurred, local, zone }, d)} THEN ${i + 1}`).reverse();
  const seg = cases.length > 0 ? `(CASE ${cases.join(' ')} ELSE 0 END)` : undefined;
  const agent = `(${refs.col(map.subjects.agent, 'subjects.agent')})::text`;
  const team = `(${refs.col(map.subjects.team, 'subjects.team')})::text`;
  const group = byGroup && map.subjects.group ? `(${refs.col(map.subjects.group, 'subjects.group')})::text` : undefined;
  const list = ([['seg', seg], ['agent', agent], ['team', team], ['group', group]] as const)
    .filter((k): k is [GroupKey, string] => k[1] !== undefined);
  return { seg, agent, team, group, list, occurred, local, zone, first: dayParams[0], end: dayParams[dayParams.length - 1] };
}

function where(refs: TableRefs, params: SqlParams, zone: string, k: Keys): string[] {
  return [
    ...(refs.map.filters ?? []).map((f, i) => `${refs.col(f.column, `filter ${i}`)} = ${params.untyped(f.value)}`),
    // a range on the column itself, wider than any zone could shift it, lets an index on it serve; what decides
    // is the wall clock, as the engine decides on org-local time
    `${k.occurred} >= ((${k.first} - interval '2 days') AT TIME ZONE ${zone})`,
    `${k.occurred} < ((${k.end} + interval '2 days') AT TIME ZONE ${zone})`,
    localFrom(k, k.first),
    `NOT ${localFrom(k, k.end)}`,
    `${k.agent} IS NOT NULL`,
    `${k.agent} <> ''`,
  ];
}
