import type { ArithmeticOp, CompareOp, TierOp } from '../ast/nodes';
import { cmp12 } from '../runtime/numbers';
import { ATTR_READERS, finite, own, rate, type AttrConversion } from '../runtime/ops';
import type { Ir } from './ir';
import { printExpr } from './print';
import type { EvalScope, ScoreRecord, Trace, Value } from './types';

// The reference interpreter: the same semantics as the generated code (spec §3, §5), written as plainly
// as possible, walking the IR. It serves `trace` (explanations), constant folding, and compensation,
// where it runs over exact decimals: the number arithmetic is a parameter (`NumberMode`), the null
// rules, conditions, tiers and functions are written once.

/** The arithmetic the interpreter runs on: doubles for scoring, decimals for money. */
export interface NumberMode<N> {
  is(v: unknown): v is N;
  /** a double read from a literal or the scope (records, metric values, the score) */
  fromNumber(n: number): N | null;
  /** an attribute read; money may arrive as a decimal string */
  attr(raw: Value | undefined, conv: AttrConversion): Value | N;
  /** null for division by zero and non-finite results */
  arith(op: ArithmeticOp, a: N, b: N): N | null;
  neg(a: N): N;
  /** 12-significant-digit comparison */
  cmp(a: N, b: N): -1 | 0 | 1;
  toNumber(a: N): number;
}

export type Val<N> = Value | N;

/** One evaluated IR node with its evaluated children: the raw material of a Trace. */
export interface Run<N> {
  readonly ir: Ir;
  readonly value: Val<N>;
  readonly children: readonly Run<N>[];
  readonly branch?: { readonly index: number; readonly op: TierOp | 'else'; readonly text: string } | null;
}

export interface InterpretContext<N> {
  readonly mode: NumberMode<N>;
  readonly scope?: EvalScope;
  readonly record?: ScoreRecord;
}

export const FLOAT: NumberMode<number> = {
  is: (v): v is number => typeof v === 'number',
  fromNumber: (n) => n,
  attr: (raw, conv) => ATTR_READERS[conv](raw),
  arith: (op, a, b) => finite(op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b),
  neg: (a) => -a,
  cmp: cmp12,
  toNumber: (a) => a,
};

const leaf = <N>(ir: Ir, value: Val<N>): Run<N> => ({ ir, value, children: [] });

function lift<N>(cx: InterpretContext<N>, v: Value | undefined): Val<N> {
  if (v === undefined) return null;
  return typeof v === 'number' ? cx.mode.fromNumber(v) : v;
}

export function interpret<N>(ir: Ir, cx: InterpretContext<N>): Run<N> {
  const s = cx.scope;
  switch (ir.k) {
    case 'lit': return leaf(ir, lift(cx, ir.value));
    case 'field': return leaf(ir, lift(cx, own(cx.record, ir.name) ?? ir.fallback));
    case 'node': return leaf(ir, lift(cx, s?.values[ir.index]));
    case 'group': return leaf(ir, lift(cx, s?.[ir.group]?.[ir.index]));
    case 'agg': return leaf(ir, lift(cx, s?.agg[ir.index]));
    case 'score': return leaf(ir, lift(cx, s?.score ?? null));
    case 'attr': return leaf(ir, cx.mode.attr(own(s?.attrs[ir.object], ir.name), ir.conv));
    case 'neg': {
      const a = interpret(ir.a, cx);
      return { ir, value: cx.mode.is(a.value) ? cx.mode.neg(a.value) : null, children: [a] };
    }
    case 'not': {
      const a = interpret(ir.a, cx);
      return { ir, value: a.value !== true, children: [a] };
    }
    case 'rate': {
      const a = interpret(ir.a, cx);
      return { ir, value: lift(cx, rate(typeof a.value === 'boolean' ? a.value : null)), children: [a] };
    }
    case 'arith': {
      const [a, b] = [interpret(ir.a, cx), interpret(ir.b, cx)];
      const m = cx.mode;
      return { ir, value: m.is(a.value) && m.is(b.value) ? m.arith(ir.op, a.value, b.value) : null, children: [a, b] };
    }
    case 'compare': {
      const [a, b] = [interpret(ir.a, cx), interpret(ir.b, cx)];
      return { ir, value: compare(ir.op, a.value, b.value, cx.mode), children: [a, b] };
    }
    case 'logic': return logic(ir.op, ir, cx);
    case 'if': {
      const c = interpret(ir.c, cx);
      const chosen = interpret(c.value === true ? ir.then : ir.otherwise, cx);
      return { ir, value: chosen.value, children: [c, chosen] };
    }
    case 'tier': return tier(ir, cx);
    case 'call': return call(ir, cx);
  }
}

function compare<N>(op: CompareOp, a: Val<N>, b: Val<N>, m: NumberMode<N>): boolean | null {
  const bothNumbers = m.is(a) && m.is(b);
  if (op === '==' || op === '!=') {
    const equal = bothNumbers ? m.cmp(a as N, b as N) === 0 : a === b;
    return op === '==' ? equal : !equal;
  }
  let o: number;
  if (bothNumbers) o = m.cmp(a as N, b as N);
  else if (typeof a === 'string' && typeof b === 'string') o = a < b ? -1 : a > b ? 1 : 0;
  else return null;
  return holds(op, o);
}

function holds(op: TierOp, o: number): boolean {
  return op === '<' ? o < 0 : op === '<=' ? o <= 0 : op === '>' ? o > 0 : o >= 0;
}

function logic<N>(op: 'and' | 'or', ir: Ir & { k: 'logic' }, cx: InterpretContext<N>): Run<N> {
  const a = interpret(ir.a, cx);
  // null counts as false; the right side is only needed when the left does not decide
  if ((op === 'and') !== (a.value === true)) return { ir, value: op === 'or', children: [a] };
  const b = interpret(ir.b, cx);
  return { ir, value: b.value === true, children: [a, b] };
}

function tier<N>(ir: Ir & { k: 'tier' }, cx: InterpretContext<N>): Run<N> {
  const subject = interpret(ir.subject, cx);
  const x = subject.value;
  const m = cx.mode;
  if (!m.is(x)) return { ir, value: null, children: [subject], branch: null };
  for (let i = 0; i < ir.branches.length; i++) {
    const b = ir.branches[i];
    const t = interpret(b.threshold, cx).value;
    if (!m.is(t) || !holds(b.op, m.cmp(x, t))) continue;
    const result = interpret(b.result, cx);
    return { ir, value: result.value, children: [subject, result], branch: { index: i, op: b.op, text: b.text } };
  }
  if (!ir.otherwise) return { ir, value: null, children: [subject], branch: null };
  const result = interpret(ir.otherwise, cx);
  return { ir, value: result.value, children: [subject, result], branch: { index: ir.branches.length, op: 'else', text: 'else' } };
}

/**
 * Functions take doubles (their `impl` is shared with the generated code). In decimal mode a result
 * equal to one of the arguments (min, max, clamp, coalesce) gives back that exact argument.
 */
function call<N>(ir: Ir & { k: 'call' }, cx: InterpretContext<N>): Run<N> {
  const m = cx.mode;
  const args = ir.args.map((a) => interpret(a, cx));
  const plain = args.map((a) => (m.is(a.value) ? m.toNumber(a.value) : (a.value as Value)));
  const r = ir.fn.impl(...plain);
  let value: Val<N> = r === undefined ? null : r;
  if (typeof r === 'number') {
    const same = plain.findIndex((p, i) => Object.is(p, r) && m.is(args[i].value));
    value = finite(r) === null ? null : same >= 0 ? args[same].value : m.fromNumber(r);
  }
  return { ir, value, children: args };
}

const EMPTY_SCOPE: EvalScope = { agg: [], values: [], attrs: {} };

/** The value of an expression that reads nothing (a profile weight, a percentile's p); null otherwise. */
export function evaluateConstant(ir: Ir): Value {
  return interpret(ir, { mode: FLOAT, scope: EMPTY_SCOPE, record: {} }).value;
}

/** A run in double arithmetic as the Trace of the contract (text, value, tier branch, references). */
export function toTrace(run: Run<number>): Trace {
  const ir = run.ir;
  const trace: { -readonly [K in keyof Trace]: Trace[K] } = {
    text: printExpr(ir.expr), value: run.value, children: run.children.map(toTrace),
  };
  if (run.branch !== undefined) trace.branch = run.branch;
  if (ir.k === 'node') trace.ref = { kind: ir.nodeKind, key: ir.key, index: ir.index };
  if (ir.k === 'group') trace.ref = { kind: ir.group, key: ir.key, index: ir.index };
  if (ir.k === 'agg') trace.ref = { kind: 'aggregate', key: ir.text, index: ir.index };
  if (ir.k === 'attr') trace.ref = { kind: 'attribute', key: `${ir.object}.${ir.name}` };
  return trace;
}
