// What every diagnostic must satisfy whatever the input (spec §6): a catalogued code, a message in both
// languages, a severity, and a span inside the source whose 1-based line/column agree with its offset.
// Shared by the conformance runner and the fuzz suite.
import type { Diagnostic, Position } from '@yardstick/dsl';

/** Line starts of a source; a line ends at `\n`, `\r\n` or a lone `\r`, as editors count them. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (UTF-16 code units) of an offset, computed independently of the lexer. */
export function positionOf(source: string, offset: number, starts = lineStarts(source)): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line: line + 1, column: offset - starts[line] + 1 };
}

function positionProblem(source: string, p: Position, starts: number[], which: string): string | undefined {
  if (!Number.isInteger(p.offset) || p.offset < 0 || p.offset > source.length) {
    return `${which} offset ${p.offset} outside the source (length ${source.length})`;
  }
  const want = positionOf(source, p.offset, starts);
  if (p.line !== want.line || p.column !== want.column) {
    return `${which} at offset ${p.offset} says ${p.line}:${p.column}, the source says ${want.line}:${want.column}`;
  }
  return undefined;
}

/** Every way the diagnostics of `source` break the rules; empty when they are all well formed. */
export function diagnosticProblems(source: string, diagnostics: readonly Diagnostic[], codes: ReadonlySet<string>): string[] {
  const starts = lineStarts(source);
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.code} "${d.message}"`;
    if (!codes.has(d.code)) problems.push(`${where}: code not in the catalogue`);
    if (!['error', 'warning', 'info'].includes(d.severity)) problems.push(`${where}: severity ${String(d.severity)}`);
    if (!d.message || !d.messageZh) problems.push(`${where}: empty message in one language`);
    if (!d.span) {
      problems.push(`${where}: no span`);
      continue;
    }
    for (const [which, p] of [['start', d.span.start], ['end', d.span.end]] as const) {
      const problem = positionProblem(source, p, starts, which);
      if (problem) problems.push(`${where}: ${problem}`);
    }
    if (d.span.start.offset > d.span.end.offset) problems.push(`${where}: span starts after it ends`);
  }
  return problems;
}

/** The text a diagnostic highlights. */
export const highlighted = (source: string, d: Diagnostic): string => source.slice(d.span.start.offset, d.span.end.offset);
