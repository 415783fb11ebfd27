// The whole language pipeline as a row sees it: façade (check, compile) → engine (Scorer) → payouts.
import { compile, type CompiledDocument, type CompiledScorecard, type Diagnostic } from '@yardstick/dsl';
import {
  computePayouts, parsePeriod, Scorer, segmentsWithOverrides, type ExplainNode, type Period, type ScoreReport,
} from '@yardstick/engine';
import { ts } from './builders';
import type { Inputs } from './harness';

export const DEFAULT_PERIOD: Period = { from: '2026-01-01', to: '2026-01-31' };

export function resolvePeriod(period: Inputs['period']): Period {
  if (period === undefined) return DEFAULT_PERIOD;
  return typeof period === 'string' ? parsePeriod(period) : period;
}

export interface Scored {
  readonly report: ScoreReport;
  readonly explain: (subject: string) => ExplainNode | undefined;
}

/** Compiles a source that must have no errors; throws with the diagnostics otherwise. */
export function compileOrThrow(source: string): CompiledDocument {
  const compiled = compile(source);
  if (!compiled.value) throw new Error(`compile gave no value:\n${listDiagnostics(source, compiled.diagnostics)}`);
  return compiled.value;
}

export function pickScorecard(doc: CompiledDocument, key?: string): CompiledScorecard {
  const card = key === undefined ? doc.scorecards[0] : doc.scorecards.find((c) => c.key === key);
  if (!card) throw new Error(`no scorecard ${key ?? '(first)'} in the compiled document`);
  return card;
}

/** Scores the records of a row with the engine. */
export function score(card: CompiledScorecard, inputs: Inputs): Scored {
  const period = resolvePeriod(inputs.period);
  const overrides = inputs.overrides?.map((o) => ({ startMs: ts(o.from), endMs: ts(o.to), profile: o.profile }));
  const scorer = new Scorer({
    scorecard: card,
    period,
    ...(inputs.profile === undefined ? {} : { profile: inputs.profile }),
    ...(overrides === undefined ? {} : { segments: segmentsWithOverrides(card, period, overrides) }),
    ...(inputs.agents === undefined ? {} : { agents: inputs.agents }),
  });
  for (const r of inputs.records ?? []) scorer.add(r);
  const report = scorer.finish();
  return { report, explain: (subject) => scorer.explain(subject) ?? undefined };
}

/**
 * Payouts of the document's compensation `key` (default: the first) for every scored agent: the
 * scorecard it names is scored over the inputs, then the engine runs the compiled payout.
 */
export function payouts(doc: CompiledDocument, inputs: Inputs, key?: string): Record<string, string | null> {
  const comp = key === undefined ? doc.compensations[0] : doc.compensations.find((c) => c.key === key);
  if (!comp) throw new Error(`no compensation ${key ?? '(first)'} in the compiled document`);
  const { report } = score(pickScorecard(doc, comp.scorecard), inputs);
  const out: Record<string, string | null> = {};
  for (const p of computePayouts(comp, report, inputs.agents)) out[p.agent] = p.payout;
  return out;
}

export function listDiagnostics(source: string, diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '  (no diagnostics)';
  return diagnostics
    .map((d) => `  ${d.severity} ${d.code} ${d.span.start.line}:${d.span.start.column} "${source.slice(d.span.start.offset, d.span.end.offset)}" ${d.message}`)
    .join('\n');
}
