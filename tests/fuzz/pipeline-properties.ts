// What must hold for ANY source, however malformed (spec §6): no stage throws or hangs, every diagnostic is
// well formed and inside the source; a source that parses cleanly formats to text that parses to the same
// tree and formats to itself; a source that compiles scores records without throwing, and what it reports
// is made of nulls and finite numbers.
import {
  CATALOGUE, compile, format, hasErrors, parse, type CompiledDocument, type Diagnostic, type Document, type ScoreRecord,
} from '@yardstick/dsl';
import { computePayouts, Scorer, type AgentInfo, type ScoreReport } from '@yardstick/engine';
import { firstDifference } from '../../dsl/src/format/ast-equal';
import { diagnosticProblems } from '../conformance/diagnostic-invariants';

const CODES = new Set(Object.keys(CATALOGUE));
/** A case slower than this is treated as a hang: far above the few milliseconds a case takes. */
const HANG_MS = 5_000;
const PERIOD = { from: '2026-01-01', to: '2026-01-31' };

export interface Inputs {
  readonly records: readonly ScoreRecord[];
  readonly agents: readonly AgentInfo[];
}

/** Runs `fn`, turning an exception or a hang into a problem. */
function stage<T>(name: string, problems: string[], fn: () => T): T | undefined {
  const started = performance.now();
  try {
    return fn();
  } catch (e) {
    problems.push(`${name} threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return undefined;
  } finally {
    const ms = performance.now() - started;
    if (ms > HANG_MS) problems.push(`${name} took ${Math.round(ms)} ms`);
  }
}

function diagnosticsOf(name: string, source: string, ds: readonly Diagnostic[] | undefined, problems: string[]): void {
  if (!Array.isArray(ds)) {
    problems.push(`${name} returned no diagnostics array`);
    return;
  }
  for (const p of diagnosticProblems(source, ds, CODES)) problems.push(`${name}: ${p}`);
}

/** Formatting promises for a source without syntax errors. */
function formatProblems(source: string, tree: Document, problems: string[]): void {
  const formatted = stage('format', problems, () => format(source));
  if (!formatted) return;
  diagnosticsOf('format', source, formatted.diagnostics, problems);
  if (formatted.value === undefined) {
    problems.push('format gave no text for a source that parses without errors');
    return;
  }
  const text = formatted.value;
  const reparsed = stage('parse(formatted)', problems, () => parse(text));
  if (!reparsed) return;
  if (!reparsed.value || hasErrors(reparsed.diagnostics)) {
    problems.push(`formatted text does not parse: ${reparsed.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}\n${text}`);
    return;
  }
  const diff = firstDifference(tree, reparsed.value);
  if (diff) problems.push(`formatting changed the tree: ${diff}\n--- formatted:\n${text}`);
  const again = stage('format(formatted)', problems, () => format(text));
  if (again && again.value !== text) problems.push(`format is not idempotent:\n${text}\n--- became:\n${again.value}`);
}

const isScore = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));

function reportProblems(report: ScoreReport, problems: string[]): void {
  for (const r of report.results) {
    const where = `${report.scorecard}/${r.subject}`;
    if (!isScore(r.score)) problems.push(`${where}: score ${r.score}`);
    if (r.rank !== null && (!Number.isInteger(r.rank) || r.rank < 1)) problems.push(`${where}: rank ${r.rank}`);
    if (r.score === null && r.rank !== null) problems.push(`${where}: ranked with a null score`);
    for (const [k, v] of Object.entries(r.metrics)) if (!isScore(v)) problems.push(`${where}: metric ${k} = ${String(v)}`);
    for (const k of r.kpis) if (!isScore(k.value)) problems.push(`${where}: kpi ${k.key} = ${String(k.value)}`);
    for (const t of r.targets) {
      if (t.met && (t.gap === null || t.gap < 0)) problems.push(`${where}: target ${t.metric} met with gap ${t.gap}`);
    }
  }
}

/** Scores every scorecard of a compiled document and pays every compensation plan. */
function evaluateProblems(doc: CompiledDocument, inputs: Inputs, problems: string[]): void {
  const reports = new Map<string, ScoreReport>();
  for (const scorecard of doc.scorecards) {
    const scored = stage(`score ${scorecard.key}`, problems, () => {
      const scorer = new Scorer({ scorecard, period: PERIOD, agents: inputs.agents });
      for (const r of inputs.records) scorer.add(r);
      const report = scorer.finish();
      for (const r of report.results.slice(0, 2)) scorer.explain(r.subject);
      return report;
    });
    if (scored) {
      reports.set(scorecard.key, scored);
      reportProblems(scored, problems);
    }
  }
  for (const comp of doc.compensations) {
    const report = reports.get(comp.scorecard);
    if (!report) continue;
    const paid = stage(`pay ${comp.key}`, problems, () => computePayouts(comp, report, inputs.agents));
    for (const p of paid ?? []) {
      if (p.payout !== null && !/^-?\d+\.\d{2}$/.test(p.payout)) problems.push(`payout ${p.agent} = ${p.payout}: not exact to the cent`);
    }
  }
}

/** Every broken promise of the pipeline on this source; empty when all hold. */
export function pipelineProblems(source: string, inputs?: Inputs): string[] {
  const problems: string[] = [];
  const parsed = stage('parse', problems, () => parse(source));
  if (parsed) diagnosticsOf('parse', source, parsed.diagnostics, problems);
  const compiled = stage('check+compile', problems, () => compile(source));
  if (compiled) diagnosticsOf('check', source, compiled.diagnostics, problems);
  if (parsed?.value && !hasErrors(parsed.diagnostics)) formatProblems(source, parsed.value, problems);
  if (compiled?.value && inputs) evaluateProblems(compiled.value, inputs, problems);
  return problems;
}

/** Throws with every broken promise and the source (as a JSON string, so odd characters stay visible). */
export function holds(source: string, inputs?: Inputs): void {
  const problems = pipelineProblems(source, inputs);
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n--- source:\n${JSON.stringify(source)}`);
}
