// The one runner of the conformance suite. A chapter is a table of rows; a row is a source, the inputs it
// is scored on and what the spec says must come out, worked out by hand (the note shows the arithmetic).
// A row marked `knownBug` must fail; when it starts passing the run fails so the marker goes
// (the convention of gorules/zen core/expression/tests/spec).
import { CATALOGUE, check, type Diagnostic, type ScoreRecord } from '@yardstick/dsl';
import type { AgentInfo, Period, Segment } from '@yardstick/engine';
import { rec } from './builders';
import { Mismatches } from './compare';
import { diagnosticProblems, highlighted } from './diagnostic-invariants';
import { compileOrThrow, listDiagnostics, payouts, pickScorecard, resolvePeriod, score } from './pipeline';
import { checkScored, type AgentExpect } from './scored-expectations';

export interface Inputs {
  readonly records?: readonly ScoreRecord[];
  readonly agents?: readonly AgentInfo[];
  /** a period object, or text for the engine's parsePeriod (`2026-01`, `2026-W03`, `2026-Q1`, …); default January 2026 */
  readonly period?: Period | string;
  /** a profile asked for explicitly */
  readonly profile?: string;
  /** profiles switched to from a wall-clock time to another (`2026-10-20 12:00`, end exclusive), as the service's overrides */
  readonly overrides?: readonly { readonly from: string; readonly to: string; readonly profile: string }[];
  /** key of the scorecard to score (default: the first) */
  readonly scorecard?: string;
}

/** A diagnostic a row requires: one of the codes, optionally highlighting `at`, at a line/column. */
export interface DiagnosticExpect {
  readonly code: string | readonly string[];
  readonly at?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly suggestion?: string;
}

export interface Expected {
  /** check must report an error with this code (or one of these codes); nothing is scored */
  readonly error?: string | readonly string[];
  /** check must report a warning with this code and no error; the row may still score */
  readonly warning?: string;
  /** refinements of `error`/`warning`: the highlighted text, position, suggestion */
  readonly at?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly suggestion?: string;
  /** more diagnostics that must all be reported */
  readonly diagnostics?: readonly DiagnosticExpect[];
  /** codes that must not be reported */
  readonly without?: readonly string[];
  /** agent a1's metric `v` (rows built with metricCard/condCard/triCard) */
  readonly value?: number | null;
  /** per subject; `null` means the subject must not be in the results */
  readonly agents?: Readonly<Record<string, AgentExpect | null>>;
  readonly segments?: readonly Partial<Segment>[];
  readonly teams?: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly org?: Readonly<Record<string, number | null>>;
  readonly recordsRead?: number;
  readonly recordsOutsidePeriod?: number;
  /** the period the inputs' period text means */
  readonly period?: Period;
  /** how many `segment` nodes explain(subject) shows */
  readonly explainSegments?: Readonly<Record<string, number>>;
  /** payouts of the first compensation, by agent: decimal strings exact to the cent */
  readonly payouts?: Readonly<Record<string, string | null>>;
}

export interface Row {
  readonly name: string;
  readonly source: string;
  readonly inputs?: Inputs;
  readonly expected: Expected;
  /** the arithmetic or the rule of the spec behind the expected values */
  readonly note: string;
  /** the row is known to fail for this reason */
  readonly knownBug?: string;
}

const CODES: ReadonlySet<string> = new Set(Object.keys(CATALOGUE));
const codesOf = (c: string | readonly string[]): readonly string[] => (typeof c === 'string' ? [c] : c);

function matches(source: string, d: Diagnostic, want: DiagnosticExpect): boolean {
  if (!codesOf(want.code).includes(d.code)) return false;
  if (want.at !== undefined && highlighted(source, d) !== want.at) return false;
  if (want.line !== undefined && d.span.start.line !== want.line) return false;
  if (want.column !== undefined && d.span.start.column !== want.column) return false;
  if (want.endLine !== undefined && d.span.end.line !== want.endLine) return false;
  if (want.endColumn !== undefined && d.span.end.column !== want.endColumn) return false;
  return want.suggestion === undefined || d.suggestion === want.suggestion;
}

function requireDiagnostic(m: Mismatches, source: string, all: readonly Diagnostic[], want: DiagnosticExpect, severity: string): void {
  const found = all.some((d) => d.severity === severity && matches(source, d, want));
  if (!found) m.add(`expected ${severity} ${JSON.stringify(want)}; got:\n${listDiagnostics(source, all)}`);
}

/** The check stage: required and forbidden diagnostics, and the shape every diagnostic must have. */
function checkDiagnostics(m: Mismatches, row: Row, diagnostics: readonly Diagnostic[]): void {
  const { source, expected: e } = row;
  for (const p of diagnosticProblems(source, diagnostics, CODES)) m.add(p);
  const refine = { at: e.at, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, suggestion: e.suggestion };
  if (e.error !== undefined) requireDiagnostic(m, source, diagnostics, { code: e.error, ...refine }, 'error');
  if (e.warning !== undefined) requireDiagnostic(m, source, diagnostics, { code: e.warning, ...refine }, 'warning');
  for (const want of e.diagnostics ?? []) {
    const severity = diagnostics.find((d) => codesOf(want.code).includes(d.code))?.severity ?? 'error';
    requireDiagnostic(m, source, diagnostics, want, severity);
  }
  for (const code of e.without ?? []) {
    if (diagnostics.some((d) => d.code === code)) m.add(`${code} must not be reported; got:\n${listDiagnostics(source, diagnostics)}`);
  }
  if (e.error === undefined && diagnostics.some((d) => d.severity === 'error')) {
    m.add(`expected no error; got:\n${listDiagnostics(source, diagnostics)}`);
  }
}

const needsScoring = (e: Expected): boolean =>
  e.value !== undefined || e.agents !== undefined || e.segments !== undefined || e.teams !== undefined ||
  e.org !== undefined || e.recordsRead !== undefined || e.recordsOutsidePeriod !== undefined ||
  e.explainSegments !== undefined;

/** Runs one row and throws an Error listing every mismatch. */
export function runRow(row: Row): void {
  const m = new Mismatches();
  const checked = check(row.source);
  checkDiagnostics(m, row, checked.diagnostics);
  m.throwIfAny(row.note);
  const e = row.expected;
  if (e.error !== undefined) return;
  const inputs = row.inputs ?? {};
  if (e.period !== undefined) {
    const p = resolvePeriod(inputs.period);
    m.value('period.from', p.from, e.period.from);
    m.value('period.to', p.to, e.period.to);
  }
  if (needsScoring(e)) {
    const doc = compileOrThrow(row.source);
    const scored = score(pickScorecard(doc, inputs.scorecard), withDefaultRecords(inputs));
    checkScored(m, e, scored);
  }
  if (e.payouts !== undefined) {
    const got = payouts(compileOrThrow(row.source), withDefaultRecords(inputs));
    for (const [agent, want] of Object.entries(e.payouts)) m.value(`payout[${agent}]`, got[agent], want);
  }
  m.throwIfAny(row.note);
}

function withDefaultRecords(inputs: Inputs): Inputs {
  if (inputs.records !== undefined) return inputs;
  return { ...inputs, records: [rec('a1')] };
}

/** One jest test per row; `knownBug` rows must fail. */
export function runChapter(title: string, table: readonly Row[]): void {
  describe(title, () => {
    const names = new Set<string>();
    for (const row of table) {
      if (names.has(row.name)) throw new Error(`two rows named "${row.name}" in ${title}`);
      names.add(row.name);
      test(row.knownBug ? `${row.name} [known bug: ${row.knownBug}]` : row.name, () => {
        let failure: unknown;
        try {
          runRow(row);
        } catch (err) {
          failure = err;
        }
        if (row.knownBug !== undefined) {
          if (failure === undefined) throw new Error('known bug now passes: remove the marker');
          return;
        }
        if (failure !== undefined) throw failure;
      });
    }
  });
}
