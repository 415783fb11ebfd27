import type { Span } from '../ast/nodes';
import { checkDocument } from '../checker/check';
import { diagnostic } from '../diagnostics/catalogue';
import { hasErrors, type Diagnostic, type Result } from '../diagnostics/diagnostic';
import { RESERVED_WORDS } from '../fields';
import { parseDocument } from '../parser/parse';
import { compileNamedFunction } from './codegen';
import { lowerExpr } from './lower';
import type { Unit, Value } from './types';

// A standalone kpi-style expression over named inputs, for benchmarks and tools:
//   compileExpression('clamp(100 - (aht - 300s) / 3s, 0, 100)', { aht: 'duration' }).value!({ aht: 320 })
// It is checked exactly as a kpi would be: the source is placed in a tiny synthetic scorecard whose
// metrics are the inputs (each with its unit), so names, units and functions follow the language.
// Diagnostics point into the expression (line 1 is its first line). Inputs other than the named ones
// (aggregates, `team(m)`, `agent.x`) read as null.

/** Input names, each a plain number, or a map from input name to unit. */
export type ExpressionInputs = readonly string[] | Readonly<Record<string, Unit>>;

/** Reads each input by name from a plain object; absent inputs are null. */
export type CompiledExpression = (inputs: Readonly<Record<string, Value | undefined>>) => Value;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESULT = '_yardstick_result';
const FIELD = '_yardstick_input_';

function inputList(inputs: ExpressionInputs): [string, Unit][] {
  const pairs: [string, Unit][] = Array.isArray(inputs)
    ? (inputs as readonly string[]).map((n) => [n, 'number'])
    : Object.entries(inputs as Readonly<Record<string, Unit>>);
  for (const [name] of pairs) {
    if (!IDENTIFIER.test(name) || RESERVED_WORDS.includes(name) || name.startsWith('_yardstick_')) {
      throw new TypeError(`compileExpression: \`${name}\` cannot be an input name`);
    }
  }
  return pairs;
}

/**
 * Compiles `source` (an expression) over the given inputs to a fast function of a plain object.
 * Never throws on the expression (problems are diagnostics); throws a TypeError on an invalid input name.
 */
export function compileExpression(source: string, inputs: ExpressionInputs = []): Result<CompiledExpression> {
  const pairs = inputList(inputs);
  const header = [
    'scorecard expression {',
    ...pairs.map(([, unit], i) => `  field ${FIELD}${i}: ${unit}`),
    ...pairs.map(([name], i) => `  metric ${name} = sum(${FIELD}${i})`),
    `  profile _yardstick_profile default { ${RESULT}: 100% }`,
    `  kpi ${RESULT} =`,
  ].join('\n') + '\n';
  const text = `${header}${source}\n}\n`;
  const frame: Frame = { line: header.split('\n').length, offset: header.length, source };

  const parsed = parseDocument(text);
  const checked = parsed.value ? checkDocument(parsed.value) : undefined;
  const all = [...parsed.diagnostics, ...(checked?.diagnostics ?? [])];
  const diagnostics = all
    .filter((d) => d.severity === 'error' || (d.span.start.offset >= frame.offset && d.span.start.offset <= text.length - 3))
    .map((d) => relocate(d, frame));
  const model = checked?.value?.scorecards[0];
  const kpi = model?.kpis.get(RESULT);
  // the source must be exactly one expression: not close the scorecard early, nor add items after itself
  const single = parsed.value?.blocks.length === 1 && model?.decl.items.length === 2 * pairs.length + 2;
  if (!model || !kpi || !single || hasErrors(diagnostics)) {
    return { diagnostics: hasErrors(diagnostics) ? diagnostics : [...diagnostics, notOneExpression(frame)] };
  }
  const names = new Set(pairs.map(([n]) => n));
  const env = {
    resolve: (name: string) => (names.has(name) ? { kind: 'node' as const, index: 0, key: name, nodeKind: 'metric' as const } : undefined),
    types: model.types,
    fieldTypes: new Map(),
  };
  return { value: compileNamedFunction(lowerExpr(kpi.decl.expr, env)), diagnostics };
}

interface Frame { readonly line: number; readonly offset: number; readonly source: string }

/** A diagnostic moved into the expression's own coordinates; one outside it is pinned to its start or end. */
function relocate(d: Diagnostic, frame: Frame): Diagnostic {
  const move = (p: Span['start']): Span['start'] => {
    if (p.offset < frame.offset) return { line: 1, column: 1, offset: 0 };
    if (p.offset > frame.offset + frame.source.length) return endOf(frame.source);
    return { line: p.line - frame.line + 1, column: p.column, offset: p.offset - frame.offset };
  };
  return { ...d, span: { start: move(d.span.start), end: move(d.span.end) } };
}

function endOf(source: string): Span['start'] {
  const lines = source.split('\n');
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1, offset: source.length };
}

function notOneExpression(frame: Frame): Diagnostic {
  return diagnostic('YS010', { start: { line: 1, column: 1, offset: 0 }, end: endOf(frame.source) }, {
    expected: 'a single expression', expectedZh: '单个表达式', found: 'more than one item',
  });
}
