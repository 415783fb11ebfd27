import type { CompiledNode, CompiledScorecard, CompiledTarget, EvalScope, Value } from '@yardstick/dsl';
import {
  evaluateTargets, firedAlerts, isEligible, weightedScore, type WeightedScore,
} from './evaluate';
import type { Pool, PoolScopes } from './pools';
import type { SegmentPlan } from './profiles';
import type { KpiResult, SubjectResult } from './types';

// One subject's outcome from its evaluated scopes: eligibility, the score (per segment, combined by record
// count), kpi weights, targets and alerts. Ranks are added later, across subjects.

export interface ScoringContext {
  readonly sc: CompiledScorecard;
  readonly nodes: ReadonlyMap<string, CompiledNode>;
  readonly segments: readonly SegmentPlan[];
  readonly targets: readonly (readonly CompiledTarget[])[];
}

/** Everything explain needs to retell how a subject's score came about. */
export interface SubjectEval {
  readonly subject: string;
  readonly team: string | null;
  readonly pool: Pool;
  readonly scopes: PoolScopes;
  readonly eligible: boolean;
  /** per segment: the weighted score under the segment's profile */
  readonly parts: readonly WeightedScore[];
  /** per segment: its share of the combined score (0 when it carried no weight) */
  readonly shares: readonly number[];
  readonly score: number | null;
  /** the result without ranks */
  readonly result: Omit<SubjectResult, 'rank' | 'teamRank'>;
}

export function scoreSubject(cx: ScoringContext, subject: string, team: string | null, pool: Pool, scopes: PoolScopes): SubjectEval {
  const { sc, nodes, segments } = cx;
  const eligible = isEligible(sc, scopes.whole);
  const parts = segments.map((seg, s) => weightedScore(sc, seg.profile, scopes.parts[s].values, nodes));
  const shares = segmentShares(parts, pool.segRecords);
  let score: number | null = null;
  if (eligible && shares.some((w) => w > 0)) score = parts.reduce((sum, p, s) => sum + (shares[s] > 0 ? shares[s] * (p.score as number) : 0), 0);
  const result = {
    subject,
    team,
    records: pool.records,
    eligible,
    score,
    profile: segments.map((seg) => seg.profile?.key ?? '').join('+'),
    kpis: kpiResults(cx, scopes.whole, eligible ? parts : [], shares),
    metrics: metricValues(sc, nodes, scopes.whole.values),
    targets: evaluateTargets(cx.targets, scopes.whole, nodes),
    alerts: firedAlerts(sc, scopes.whole),
  };
  return { subject, team, pool, scopes, eligible, parts, shares, score, result };
}

/**
 * Each segment's share of the score: its record count over the counts of the segments that carry weight —
 * those where the subject has records and a score. With one segment, that segment carries everything.
 */
export function segmentShares(parts: readonly WeightedScore[], records: readonly number[]): number[] {
  if (parts.length === 1) return [parts[0].score === null ? 0 : 1];
  const weights = parts.map((p, s) => (p.score !== null && records[s] > 0 ? records[s] : 0));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? w / total : 0));
}

function kpiResults(cx: ScoringContext, whole: EvalScope, parts: readonly WeightedScore[], shares: readonly number[]): KpiResult[] {
  return cx.sc.kpis.map((key) => {
    const node = cx.nodes.get(key);
    const v = node ? whole.values[node.index] : null;
    let weight: number | null = null;
    parts.forEach((p, s) => {
      const w = p.weights.get(key);
      if (w !== undefined && w !== null && shares[s] > 0) weight = (weight ?? 0) + shares[s] * w;
    });
    const out: KpiResult = { key, value: typeof v === 'number' ? v : null, weight };
    return node?.label !== undefined ? { ...out, label: node.label } : out;
  });
}

/** The subject's metric values by key (non-numbers, such as a boolean metric, as null). */
export function metricValues(
  sc: CompiledScorecard, nodes: ReadonlyMap<string, CompiledNode>, values: readonly Value[],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const key of sc.metrics) {
    const node = nodes.get(key);
    const v = node ? values[node.index] : null;
    out[key] = typeof v === 'number' ? v : null;
  }
  return out;
}
