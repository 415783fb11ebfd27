// Fixture builders for conformance rows: timestamps, records, agents and the minimal scorecards that
// wrap a single expression. Every row builds its own data; nothing is shared between rows.
import type { ScoreRecord, Value } from '@yardstick/dsl';

/** Org-local wall-clock milliseconds of `YYYY-MM-DD[ HH:MM[:SS[.mmm]]]`, as the engine expects them. */
export function ts(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?)?$/.exec(text);
  if (!m) throw new Error(`bad timestamp in a fixture: ${text}`);
  const n = (i: number) => Number(m[i] ?? 0);
  return Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6), n(7));
}

export type Fields = Readonly<Record<string, Value>>;

/** One record of `agent` at `at` (default: 2026-01-15 10:00, inside the default period). */
export function rec(agent: string, fields: Fields = {}, at = '2026-01-15 10:00'): ScoreRecord {
  return { agent, occurred_at: ts(at), ...fields };
}

/** `n` records of `agent`; `fields(i)` gives the fields of the i-th (0-based). */
export function recs(n: number, agent: string, fields: (i: number) => Fields = () => ({}), at = '2026-01-15 10:00'): ScoreRecord[] {
  return Array.from({ length: n }, (_, i) => rec(agent, fields(i), at));
}

/** Records of agent `a1`, one per entry, each entry giving the fields. */
export function rows(agent: string, list: readonly Fields[], at?: string): ScoreRecord[] {
  return list.map((f) => rec(agent, f, at));
}

/** Records whose field `name` takes each of `values` in turn. */
export function column(name: string, values: readonly Value[], agent = 'a1'): ScoreRecord[] {
  return values.map((v) => rec(agent, { [name]: v }));
}

export interface CardOptions {
  /** extra scorecard items written before the metric (declarations such as `field x: number`) */
  readonly head?: string;
  /** extra items written after the metric */
  readonly tail?: string;
}

/**
 * The smallest scorecard holding `metric v = EXPR`: the row reads agent a1's metric `v`.
 * A metric without an aggregate only draws the YS117 warning, so scalar expressions fit here too.
 */
export function metricCard(expr: string, opts: CardOptions = {}): string {
  return [
    'scorecard t {',
    '  period month',
    opts.head ?? '',
    '  metric n = count()',
    `  metric v = ${expr}`,
    opts.tail ?? '',
    '  kpi k = n',
    '  profile p default { k: 100% }',
    '}',
  ].join('\n');
}

/** `v` is 1 when the condition holds, 0 when it does not (a null condition counts as false). */
export const condCard = (cond: string, opts?: CardOptions): string => metricCard(`if ${cond} then 1 else 0`, opts);

/**
 * `v` tells the three outcomes of a condition apart: 1 true, 0 false, -1 null. It relies on
 * `==` giving true or false even on null (spec §3).
 */
export const triCard = (cond: string, opts?: CardOptions): string =>
  metricCard(`if (${cond}) == null then -1 else if ${cond} then 1 else 0`, opts);

/** A scorecard with `count` kpis `k1..kN`, each the average of the custom number field `x1..xN`. */
export function kpiCard(weights: readonly number[], opts: { missing?: string; extra?: string; profiles?: string } = {}): string {
  const ks = weights.map((_, i) => i + 1);
  return [
    'scorecard t {',
    '  period month',
    opts.missing ? `  missing ${opts.missing}` : '',
    ...ks.map((i) => `  field x${i}: number`),
    '  metric handled = count()',
    ...ks.map((i) => `  metric m${i} = avg(x${i})`),
    ...ks.map((i) => `  kpi k${i} = m${i}`),
    opts.extra ?? '',
    opts.profiles ?? `  profile p default { ${ks.map((i) => `k${i}: ${weights[i - 1]}%`).join(', ')} }`,
    '}',
  ].join('\n');
}

/** Records of one agent giving kpi values through x1..xN (one record, so each kpi equals its field). */
export function kpis(agent: string, values: readonly (number | null)[], extra: Fields = {}, at?: string): ScoreRecord {
  const fields: Record<string, Value> = { ...extra };
  values.forEach((v, i) => (fields[`x${i + 1}`] = v));
  return rec(agent, fields, at);
}
