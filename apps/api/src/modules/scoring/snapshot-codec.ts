import type { SubjectResult, TargetResult } from '@yardstick/engine';

// The stored form of results in score_snapshots.result (jsonb). PostgreSQL parses every number of a jsonb value
// into `numeric`, which is most of the cost of storing 10,000 agents' results, so the form is compact: arrays
// instead of objects, metric values in the order the scorecard writes its metrics (a row belongs to one version,
// so the order is that version's). Numbers stay the engine's doubles: jsonb keeps the shortest decimal, which
// reads back as the very same double.

/** [key, value, weight] */
type StoredKpi = [string, number | null, number | null];
/** [metric, op, target, actual, met, gap] */
type StoredTarget = [string, string, number | null, number | null, boolean, number | null];

export interface StoredSubject {
  /** records */
  readonly r: number;
  /** profile */
  readonly p: string;
  readonly k: readonly StoredKpi[];
  /** metric values, in the scorecard's metric order */
  readonly m: readonly (number | null)[];
  readonly t: readonly StoredTarget[];
  /** alerts */
  readonly a: readonly string[];
}

/** A subject's results as readers use them. */
export interface SubjectView {
  readonly records: number;
  readonly profile: string;
  readonly kpis: readonly { readonly key: string; readonly value: number | null; readonly weight: number | null }[];
  readonly metrics: Readonly<Record<string, number | null>>;
  readonly targets: readonly TargetResult[];
  readonly alerts: readonly string[];
}

export const encodeMetrics = (values: Readonly<Record<string, number | null>>, keys: readonly string[]): (number | null)[] =>
  keys.map((key) => values[key] ?? null);

export function decodeMetrics(values: readonly (number | null)[], keys: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  keys.forEach((key, i) => { out[key] = values[i] ?? null; });
  return out;
}

export function encodeSubject(r: SubjectResult, metricKeys: readonly string[]): StoredSubject {
  return {
    r: r.records, p: r.profile,
    k: r.kpis.map((k) => [k.key, k.value, k.weight]),
    m: encodeMetrics(r.metrics, metricKeys),
    t: r.targets.map((t) => [t.metric, t.op, t.target, t.actual, t.met, t.gap]),
    a: r.alerts,
  };
}

export function decodeSubject(s: StoredSubject, metricKeys: readonly string[]): SubjectView {
  return {
    records: s.r, profile: s.p,
    kpis: s.k.map(([key, value, weight]) => ({ key, value, weight })),
    metrics: decodeMetrics(s.m, metricKeys),
    targets: s.t.map(([metric, op, target, actual, met, gap]) => ({ metric, op, target, actual, met, gap })),
    alerts: s.a,
  };
}
