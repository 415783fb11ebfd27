// Test helpers for the compiler's specs: compile real source through the façade, evaluate a kpi both
// compiled and interpreted, and insist that the two agree on every evaluation.
import { compile } from '../../index';
import type { CompiledDocument, CompiledScorecard, EvalScope, FieldType, SubjectAttributes, Value } from '../types';

/** Compiles source through the façade; a compile error fails the test with the diagnostics. */
export function compileOk(source: string): CompiledDocument {
  const r = compile(source);
  if (!r.value) {
    const lines = r.diagnostics.map((d) => `${d.code} ${d.message} at ${d.span.start.line}:${d.span.start.column}`);
    throw new Error(`compile failed:\n${lines.join('\n')}\n--- source ---\n${source}`);
  }
  return r.value;
}

/** The diagnostics' codes of a source that should not compile. */
export function compileErrors(source: string): string[] {
  return compile(source).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
}

export function scorecardOf(source: string): CompiledScorecard {
  return compileOk(source).scorecards[0];
}

/** A scope for a compiled scorecard from metric/kpi values by key. */
export function scopeFor(sc: CompiledScorecard, values: Readonly<Record<string, Value>>, extra: Partial<EvalScope> = {}): EvalScope {
  const slots: Value[] = sc.nodes.map((n) => (n.key in values ? values[n.key] : null));
  return { agg: [], values: slots, attrs: {}, ...extra };
}

const cache = new Map<string, CompiledScorecard>();

/**
 * A scorecard whose metrics are the inputs (each with a unit) plus `k = expr` (a metric, so it may be a
 * condition or a string too). Input values are placed in the scope directly, so only `k` is evaluated.
 */
export function kpiScorecard(expr: string, units: Readonly<Record<string, FieldType>>): CompiledScorecard {
  const key = JSON.stringify([expr, units]);
  let sc = cache.get(key);
  if (!sc) {
    const names = Object.keys(units);
    sc = scorecardOf([
      'scorecard t {',
      ...names.map((n) => `  field f_${n}: ${units[n]}`),
      ...names.map((n) => `  metric ${n} = sum(f_${n})`),
      `  metric k = ${expr}`,
      '  kpi z = 1',
      '  profile p default { z: 100% }',
      '}',
    ].join('\n'));
    cache.set(key, sc);
  }
  return sc;
}

export interface EvalOptions {
  readonly units?: Readonly<Record<string, FieldType>>;
  readonly attrs?: SubjectAttributes;
  readonly team?: Readonly<Record<string, Value>>;
  readonly org?: Readonly<Record<string, Value>>;
}

/**
 * Evaluates `expr` as a metric over inputs a, b, c, … (numbers unless `units` says otherwise), compiled and
 * interpreted; fails unless both give the identical value, and returns it.
 */
export function evaluate(expr: string, inputs: Readonly<Record<string, Value>> = {}, options: EvalOptions = {}): Value {
  const units: Record<string, FieldType> = { a: 'number', b: 'number', c: 'number', ...options.units };
  const sc = kpiScorecard(expr, units);
  const group = (g?: Readonly<Record<string, Value>>) => (g ? sc.nodes.map((n) => g[n.key] ?? null) : undefined);
  const scope = scopeFor(sc, inputs, {
    attrs: options.attrs ?? {},
    ...(options.team ? { team: group(options.team) } : {}),
    ...(options.org ? { org: group(options.org) } : {}),
  });
  const node = sc.nodes.find((n) => n.key === 'k');
  if (!node) throw new Error('no node k');
  const compiled = node.evaluate(scope);
  const interpreted = sc.trace('k', scope).value;
  if (!Object.is(compiled, interpreted)) {
    throw new Error(`compiled ${String(compiled)} but interpreted ${String(interpreted)} for ${expr} with ${JSON.stringify(inputs)}`);
  }
  return compiled;
}
