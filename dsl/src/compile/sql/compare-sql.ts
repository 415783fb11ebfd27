import type { CompareOp } from '../../ast/nodes';
import { eq12Range } from './eq12-interval';
import { compose, leaf, nullOf, type SqlExpr } from './sql-expr';
import { sqlNumber } from './sql-text';

// Comparisons with the language's rules (spec §3, §5; runtime/ops.ts and numbers.ts): `==` and `!=` always
// give true or false (null == null); orderings give null when a side is null or the sides cannot be ordered;
// numbers are equal when they agree to 12 significant digits. eq12 is written as JavaScript's eq12 is: equal
// doubles, else near-equal ones whose 12-digit decimals match (yardstick_sig, only for that rare case). Against
// a number literal — nearly every comparison a scorecard writes — it is a range checked with plain operators.

export interface CompareContext {
  /** an expression as a cheap reference (computed once per record when it is not cheap already) */
  bind(e: SqlExpr): SqlExpr;
  /** the qualified name of yardstick_sig */
  readonly sig: string;
}

type Ordering = '<' | '<=' | '>' | '>=';

const MIRROR: Readonly<Record<Ordering, Ordering>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** `a OP c` for a constant c: outside or inside the range of doubles eq12 to c. */
function againstConstant(op: CompareOp, a: SqlExpr, c: number): SqlExpr {
  const [lo, hi] = eq12Range(c).map(sqlNumber);
  const inRange = `${a.text} BETWEEN ${lo} AND ${hi}`;
  switch (op) {
    case '==': return compose(`((${inRange}) IS TRUE)`, 'bool', [a], 2);
    case '!=': return compose(`((${inRange}) IS NOT TRUE)`, 'bool', [a], 2);
    case '<': return compose(`(${a.text} < ${lo})`, 'bool', [a]);
    case '<=': return compose(`(${a.text} <= ${hi})`, 'bool', [a]);
    case '>': return compose(`(${a.text} > ${hi})`, 'bool', [a]);
    case '>=': return compose(`(${a.text} >= ${lo})`, 'bool', [a]);
  }
}

/** A number comparison with a literal on either side, or undefined. */
function withConstant(op: CompareOp, a: SqlExpr, b: SqlExpr): SqlExpr | undefined {
  if (a.type !== 'float8' || b.type !== 'float8') return undefined;
  if (b.constant !== undefined) return againstConstant(op, a, b.constant);
  if (a.constant === undefined) return undefined;
  return againstConstant(op === '==' || op === '!=' ? op : MIRROR[op], b, a.constant);
}

/**
 * a = b to 12 significant digits, for non-null doubles a and b (cheap references). The near test only spares
 * the decimal comparison for numbers that differ early (agreeing to 12 digits implies being near), so it is
 * skipped at magnitudes where PostgreSQL would raise on its arithmetic instead of rounding to 0 or Infinity.
 */
function eq12(cx: CompareContext, a: SqlExpr, b: SqlExpr): string {
  const scale = `greatest(abs(${a.text}), abs(${b.text}))`;
  const decimals = `${cx.sig}(${a.text}, 12) = ${cx.sig}(${b.text}, 12)`;
  const near = `(${scale} < '1e-290'::float8 OR ${scale} > '1e300'::float8 OR abs(${a.text} - ${b.text}) <= ${scale} * '1e-10'::float8)`;
  return `(${a.text} = ${b.text} OR (${near} AND ${decimals}))`;
}

function numbersEqual(cx: CompareContext, a0: SqlExpr, b0: SqlExpr): SqlExpr {
  const a = cx.bind(a0);
  const b = cx.bind(b0);
  const text = `(CASE WHEN ${a.text} IS NULL OR ${b.text} IS NULL THEN (${a.text} IS NULL AND ${b.text} IS NULL) ELSE ${eq12(cx, a, b)} END)`;
  return compose(text, 'bool', [a, b], 12);
}

/** `==` of two values of any types. */
function equal(cx: CompareContext, a: SqlExpr, b: SqlExpr): SqlExpr {
  if (a.type === 'null' && b.type === 'null') return leaf('TRUE', 'bool');
  if (a.type === 'null') return compose(`(${b.text} IS NULL)`, 'bool', [b]);
  if (b.type === 'null') return compose(`(${a.text} IS NULL)`, 'bool', [a]);
  if (a.type !== b.type) return compose(`(${a.text} IS NULL AND ${b.text} IS NULL)`, 'bool', [a, b], 2);
  if (a.type === 'float8') return withConstant('==', a, b) ?? numbersEqual(cx, a, b);
  return compose(`(${a.text} IS NOT DISTINCT FROM ${b.text})`, 'bool', [a, b]);
}

/** `<`, `<=`, `>`, `>=`: numbers with 12-digit equality, strings by code point, anything else null. */
export function ordering(cx: CompareContext, op: Ordering, a0: SqlExpr, b0: SqlExpr): SqlExpr {
  if (a0.type !== b0.type || a0.type === 'null' || a0.type === 'bool') return nullOf('bool');
  const fast = withConstant(op, a0, b0);
  if (fast) return fast;
  if (a0.type === 'text') return compose(`((${a0.text}) COLLATE "C" ${op} (${b0.text}))`, 'bool', [a0, b0]);
  const a = cx.bind(a0);
  const b = cx.bind(b0);
  const whenEqual = op === '<=' || op === '>=' ? 'TRUE' : 'FALSE';
  const strict = op === '<' || op === '<=' ? '<' : '>';
  const text = `(CASE WHEN ${a.text} IS NULL OR ${b.text} IS NULL THEN NULL::boolean WHEN ${eq12(cx, a, b)} THEN ${whenEqual} ELSE ${a.text} ${strict} ${b.text} END)`;
  return compose(text, 'bool', [a, b], 12);
}

export function compareSql(cx: CompareContext, op: CompareOp, a: SqlExpr, b: SqlExpr): SqlExpr {
  if (op === '==') return equal(cx, a, b);
  if (op === '!=') {
    const fast = withConstant('!=', a, b);
    if (fast) return fast;
    const eq = equal(cx, a, b);
    return compose(`(NOT ${eq.text})`, 'bool', [eq]);
  }
  return ordering(cx, op, a, b);
}
