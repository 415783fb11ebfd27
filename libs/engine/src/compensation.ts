import type { CompiledCompensation, EvalScope } from '@yardstick/dsl';
import { agentAttributes, rosterOf } from './roster';
import type { AgentInfo, ScoreReport } from './types';

// Payouts of a compensation plan from a score report: the compiled payout runs on exact decimals, so the
// engine only supplies the score and the agent's attributes (money attributes stay the strings given).

/** A compensation plan used with a report of another scorecard. */
export class CompensationError extends Error {
  override readonly name = 'CompensationError';
}

export interface Payout {
  readonly agent: string;
  readonly team: string | null;
  readonly score: number | null;
  /** exact decimal to the cent (`"1200.00"`), or null when the rule gives none */
  readonly payout: string | null;
}

export function computePayouts(comp: CompiledCompensation, report: ScoreReport, agents?: readonly AgentInfo[]): Payout[] {
  if (comp.scorecard !== report.scorecard) {
    throw new CompensationError(
      `compensation ${comp.key} pays on scorecard ${comp.scorecard}, but the report is of ${report.scorecard}`);
  }
  const roster = rosterOf(agents);
  return report.results.map((r) => {
    const scope: EvalScope = {
      agg: [],
      values: [],
      attrs: { agent: agentAttributes(r.subject, roster.get(r.subject), r.team, report.period) },
      score: r.score,
    };
    return { agent: r.subject, team: r.team, score: r.score, payout: comp.payout(scope) };
  });
}
