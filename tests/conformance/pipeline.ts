// The whole language pipeline as a row sees it: façade (check, compile) → engine (Scorer) → payouts.
// Modules are required lazily so a chapter whose rows only need the checker runs even while the
// engine is still being written; a row that needs a missing piece fails with a plain message.
import type { CompiledDocument, CompiledScorecard, Diagnostic } from '@yardstick/dsl';
import type { ExplainNode, Period, ScoreReport } from '@yardstick/engine';
import type { Inputs } from './harness';

type Dsl = typeof import('@yardstick/dsl');
type Engine = typeof import('@yardstick/engine');

let dslModule: Dsl | undefined;
let engineModule: Engine | undefined;

export function dsl(): Dsl {
  dslModule ??= require('@yardstick/dsl') as Dsl;
  return dslModule;
}

export function engine(): Engine {
  engineModule ??= require('@yardstick/engine') as Engine;
  return engineModule;
}

export const DEFAULT_PERIOD: Period = { from: '2026-01-01', to: '2026-01-31' };

export function resolvePeriod(period: Inputs['period']): Period {
  if (period === undefined) return DEFAULT_PERIOD;
  return typeof period === 'string' ? engine().parsePeriod(period) : period;
}

export interface Scored {
  readonly report: ScoreReport;
  readonly explain: (subject: string) => ExplainNode | undefined;
}

/** Compiles a source that must have no errors; throws with the diagnostics otherwise. */
export function compileOrThrow(source: string): CompiledDocument {
  const compiled = dsl().compile(source);
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
  const { Scorer } = engine();
  const scorer = new Scorer({
    scorecard: card,
    period: resolvePeriod(inputs.period),
    ...(inputs.profile === undefined ? {} : { profile: inputs.profile }),
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
  for (const p of engine().computePayouts(comp, report, inputs.agents)) out[p.agent] = p.payout;
  return out;
}

export function listDiagnostics(source: string, diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '  (no diagnostics)';
  return diagnostics
    .map((d) => `  ${d.severity} ${d.code} ${d.span.start.line}:${d.span.start.column} "${source.slice(d.span.start.offset, d.span.end.offset)}" ${d.message}`)
    .join('\n');
}
