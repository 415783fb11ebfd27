import { cmp12, hasErrors, parse, type Expr, type TierExpr } from '@yardstick/dsl';
import { gqlRequest, type GqlRequest } from '../../providers/gql-request';

// What-if: the service scores the editor's text over stored records (`simulate`, nothing stored) beside the
// published version, per agent. This file asks for it and sums the answer up: who moves up or down, whose score
// changes, and — when the source pays by score bands (`payout = … tier(score) { >= 90 -> … }`) — how many agents
// land in another band. The service does not expose kpi values of the draft, so kpi-tier changes are not counted.

export type PeriodKind = 'month' | 'quarter' | 'week' | 'day' | 'year' | 'range';

export interface PeriodChoice {
  kind: PeriodKind;
  /** `2021-03`, `2021-Q1`, `2021-W10`, `2021-03-08`, `2021`; the first day of a range */
  value: string;
  /** the last day of a range */
  to?: string;
}

const SHAPES: Record<Exclude<PeriodKind, 'range'>, RegExp> = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/, quarter: /^\d{4}-Q[1-4]$/, week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  day: /^\d{4}-\d{2}-\d{2}$/, year: /^\d{4}$/,
};

/** The service's PeriodInput for a choice, or null when the choice is not complete or not well formed. */
export function periodInput(choice: PeriodChoice): Record<string, string> | null {
  const value = choice.value.trim();
  if (choice.kind === 'range') {
    const to = (choice.to ?? '').trim();
    return SHAPES.day.test(value) && SHAPES.day.test(to) && value <= to ? { from: value, to } : null;
  }
  return SHAPES[choice.kind].test(value) ? { [choice.kind]: value } : null;
}

/** The month before `today` (a finished month is the usual thing to compare), as `YYYY-MM`. */
export function previousMonth(today: Date): string {
  const year = today.getMonth() === 0 ? today.getFullYear() - 1 : today.getFullYear();
  const month = today.getMonth() === 0 ? 12 : today.getMonth();
  return `${year}-${String(month).padStart(2, '0')}`;
}

export interface SimulatedScore {
  agent: { id: string; externalId: string; name: string; team: { id: string; name: string } | null };
  publishedScore: number | null;
  publishedRank: number | null;
  publishedEligible: boolean;
  draftScore: number | null;
  draftRank: number | null;
  draftEligible: boolean;
  scoreChange: number | null;
  rankChange: number | null;
}

export interface Simulation {
  scorecard: string;
  period: { from: string; to: string };
  publishedVersion: number | null;
  segments: { from: string; to: string; profile: string }[];
  scores: SimulatedScore[];
}

export async function simulate(source: string, period: Record<string, string>, team: string | null, request: GqlRequest = gqlRequest): Promise<Simulation> {
  const data = await request<{ simulate: Simulation }>(`query Simulate($source: String!, $period: PeriodInput!, $team: ID) {
    simulate(source: $source, period: $period, team: $team) {
      scorecard publishedVersion period { from to } segments { from to profile }
      scores { agent { id externalId name team { id name } } publishedScore publishedRank publishedEligible
               draftScore draftRank draftEligible scoreChange rankChange }
    }
  }`, { source, period, team });
  return data.simulate;
}

export interface SimulationSummary {
  agents: number;
  movedUp: number;
  movedDown: number;
  /** agents whose score is not the same (to 12 significant digits), eligibility changes included */
  scoreChanged: number;
  becameEligible: number;
  lostEligibility: number;
  /** agents whose payout band differs, when the source pays by score bands; null otherwise */
  bandChanged: number | null;
}

export function summarise(scores: readonly SimulatedScore[], bands: ScoreBands | null): SimulationSummary {
  const count = (test: (s: SimulatedScore) => boolean) => scores.filter(test).length;
  return {
    agents: scores.length,
    movedUp: count((s) => (s.rankChange ?? 0) > 0),
    movedDown: count((s) => (s.rankChange ?? 0) < 0),
    scoreChanged: count(scoreDiffers),
    becameEligible: count((s) => s.draftEligible && !s.publishedEligible),
    lostEligibility: count((s) => !s.draftEligible && s.publishedEligible),
    bandChanged: bands ? count((s) => bandOf(s.publishedScore, bands) !== bandOf(s.draftScore, bands)) : null,
  };
}

export function scoreDiffers(s: Pick<SimulatedScore, 'publishedScore' | 'draftScore'>): boolean {
  if (s.publishedScore === null || s.draftScore === null) return s.publishedScore !== s.draftScore;
  return cmp12(s.publishedScore, s.draftScore) !== 0;
}

/** The branches of a payout's `tier(score) { … }`: thresholds tried top to bottom, then the else band. */
export interface ScoreBands {
  branches: { op: '>=' | '>' | '<=' | '<'; threshold: number }[];
}

/** The score bands of the first compensation block that pays by `tier(score)`, or null. */
export function payoutBands(source: string): ScoreBands | null {
  const parsed = parse(source);
  if (!parsed.value || hasErrors(parsed.diagnostics)) return null;
  for (const block of parsed.value.blocks) {
    if (block.kind !== 'compensation') continue;
    for (const item of block.items) {
      const tier = item.kind === 'payout' ? findScoreTier(item.expr) : undefined;
      if (tier) return bandsOf(tier);
    }
  }
  return null;
}

function findScoreTier(expr: Expr, depth = 0): TierExpr | undefined {
  if (depth > 32) return undefined;
  if (expr.kind === 'tier') return expr.subject.kind === 'name' && expr.subject.name === 'score' ? expr : undefined;
  const children: Expr[] = expr.kind === 'binary' ? [expr.left, expr.right] : expr.kind === 'unary' ? [expr.operand]
    : expr.kind === 'call' ? [...expr.args] : expr.kind === 'if' ? [expr.then, expr.otherwise] : [];
  for (const child of children) {
    const found = findScoreTier(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function bandsOf(tier: TierExpr): ScoreBands | null {
  const branches: ScoreBands['branches'] = [];
  for (const branch of tier.branches) {
    if (branch.threshold.kind !== 'number') return null;
    branches.push({ op: branch.op, threshold: branch.threshold.value });
  }
  return branches.length > 0 ? { branches } : null;
}

/** Index of the band a score falls in (the else band is `branches.length`); null for no score. */
export function bandOf(score: number | null, bands: ScoreBands): number | null {
  if (score === null) return null;
  const holds = { '>=': (c: number) => c >= 0, '>': (c: number) => c > 0, '<=': (c: number) => c <= 0, '<': (c: number) => c < 0 };
  const index = bands.branches.findIndex((b) => holds[b.op](cmp12(score, b.threshold)));
  return index < 0 ? bands.branches.length : index;
}
