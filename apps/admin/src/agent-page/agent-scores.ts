import { periodLabel, toPeriodInput, type PeriodChoice } from '../leaderboard/period-choice';
import { findAgentScore, TREND_FIELDS, type AgentScore, type GqlCall, type TrendScore } from '../leaderboard/scores-api';
import { roundScore } from '../leaderboard/value-format';

// What the agent page shows of one agent's scores: a trend over consecutive periods, and the kpis and targets of
// the chosen period side by side with units, so a percent target reads 80.00% and a duration 1m 00s.

export interface TrendPoint {
  period: string;
  /** rounded to 2 decimals; null when not scored */
  score: number | null;
  rank: number | null;
  teamRank: number | null;
  records: number;
}

export function trendPoints(periods: readonly PeriodChoice[], scores: readonly (TrendScore | null)[]): TrendPoint[] {
  return periods.map((period, index) => {
    const score = scores[index] ?? null;
    return {
      period: periodLabel(period),
      score: score?.score === null || score?.score === undefined ? null : roundScore(score.score),
      rank: score?.rank ?? null,
      teamRank: score?.teamRank ?? null,
      records: score?.records ?? 0,
    };
  });
}

/** Periods before the scorecard's first version (or with none published) are gaps in a trend, not failures. */
const NOT_SCORED_CODES = new Set(['SCORECARD_NO_VERSION_IN_FORCE']);

/**
 * The agent's score and rank in each period (null where not scored). A period the scorecard does not cover yet
 * leaves a gap; any other failure fails the trend.
 */
export async function loadTrend(
  call: GqlCall, scorecard: string, profile: string | null, periods: readonly PeriodChoice[], agentId: string,
): Promise<(TrendScore | null)[]> {
  return Promise.all(periods.map(async (period) => {
    try {
      return await findAgentScore<TrendScore>(call, { scorecard, period: toPeriodInput(period), profile }, agentId, { fields: TREND_FIELDS });
    } catch (error) {
      if (NOT_SCORED_CODES.has((error as { code?: string } | null)?.code ?? '')) return null;
      throw error;
    }
  }));
}

/** The worst rank in the trend (for the rank axis, drawn best at the top), at least 1. */
export function worstRank(points: readonly TrendPoint[]): number {
  return points.reduce((worst, point) => Math.max(worst, point.rank ?? 0), 1);
}

export interface KpiRow {
  key: string;
  label: string;
  value: number | null;
  weight: number | null;
  /** points this kpi brought to the score: value × weight */
  points: number | null;
}

export function kpiRows(score: AgentScore): KpiRow[] {
  return score.kpis.map((kpi) => ({
    key: kpi.key, label: kpi.label ?? kpi.key, value: kpi.value, weight: kpi.weight,
    points: kpi.value === null || kpi.weight === null ? null : kpi.value * kpi.weight,
  }));
}

export interface TargetRow {
  metric: string;
  label: string;
  op: string;
  target: number | null;
  actual: number | null;
  gap: number | null;
  met: boolean;
  unit: string;
}

/** Targets with the unit and label of the metric each is set on. */
export function targetRows(score: AgentScore): TargetRow[] {
  const metrics = new Map(score.metrics.map((metric) => [metric.key, metric]));
  return score.targets.map((target) => {
    const metric = metrics.get(target.metric);
    return {
      metric: target.metric, label: metric?.label ?? target.metric, op: target.op, target: target.target,
      actual: target.actual, gap: target.gap, met: target.met, unit: metric?.unit ?? 'number',
    };
  });
}

/** Whole ranks for the rank axis, 1 first: all of them up to 10, else about six evenly spread (the worst last). */
export function rankTicks(worst: number): number[] {
  const last = Math.max(1, Math.floor(worst));
  if (last <= 10) return Array.from({ length: last }, (_, i) => i + 1);
  const step = Math.ceil((last - 1) / 5);
  const ticks = Array.from({ length: Math.floor((last - 1) / step) + 1 }, (_, i) => 1 + i * step);
  return ticks[ticks.length - 1] === last ? ticks : [...ticks, last];
}

/** `normal+double11+normal` (the profiles of a period's segments) as people read it: `日常运营 + 双11大促 + 日常运营`. */
export function profileText(profile: string, profiles: readonly { key: string; label: string | null }[]): string {
  if (profile === '') return '—';
  return profile.split('+').map((key) => profiles.find((p) => p.key === key)?.label ?? key).join(' + ');
}
