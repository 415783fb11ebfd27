import Decimal from 'decimal.js';
import type { CompensationModel } from '../checker/model';
import { cmp12 } from '../runtime/numbers';
import { ATTR_READERS, isNumericString } from '../runtime/ops';
import { interpret, type NumberMode } from './interpret';
import type { Ir } from './ir';
import { lowerExpr, type LowerEnv, type NameTarget } from './lower';
import type { CompiledCompensation, CompiledScorecard, EvalScope } from './types';

// Compensation is money: it runs on exact decimals (spec §5), through the same interpreter as `trace`
// with decimal arithmetic plugged in, so the null rules, tiers and functions are not written twice.
// Money attributes arrive as decimal strings (`"1000.10"`) and stay exact; doubles from the scope
// (the score, metric values) and literals enter through their 15-significant-digit decimal, which
// drops binary artefacts (0.1 + 0.2 enters as 0.3).

/** Decimal with room for intermediate quotients; rounding happens once, to the cent, at the end. */
const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Money = InstanceType<typeof Money>;

const money = (n: number): Money | null => (Number.isFinite(n) ? new Money(n.toPrecision(15)) : null);

export const DECIMAL: NumberMode<Money> = {
  is: (v): v is Money => v instanceof Money,
  fromNumber: money,
  attr: (raw, conv) => {
    // exact from the text; a number beyond doubles is as null here as it is in scoring
    if ((conv === 'number' || conv === 'auto') && isNumericString(raw)) return Number.isFinite(Number(raw)) ? new Money(raw.trim()) : null;
    const v = ATTR_READERS[conv](raw);
    return typeof v === 'number' ? money(v) : v;
  },
  arith: (op, a, b) => {
    if (op === '/' && b.isZero()) return null;
    const r = op === '+' ? a.plus(b) : op === '-' ? a.minus(b) : op === '*' ? a.times(b) : a.dividedBy(b);
    return r.isFinite() ? r : null;
  },
  neg: (a) => a.negated(),
  cmp: (a, b) => cmp12(a.toNumber(), b.toNumber()),
  toNumber: (a) => a.toNumber(),
};

function evaluate(ir: Ir | undefined, s: EvalScope): Money | null {
  if (!ir) return null;
  const v = interpret(ir, { mode: DECIMAL, scope: s }).value;
  return DECIMAL.is(v) ? v : null;
}

/**
 * The payout to the cent (half away from zero), or null when the payout is null. `cap` lowers it and
 * `floor` raises it; a null cap or floor does not apply. When a floor exceeds the cap the floor wins.
 */
export function payoutFunction(payout: Ir | undefined, cap: Ir | undefined, floor: Ir | undefined): (s: EvalScope) => string | null {
  return (s) => {
    let v = evaluate(payout, s);
    if (v === null) return null;
    const hi = evaluate(cap, s);
    if (hi !== null && v.greaterThan(hi)) v = hi;
    const lo = evaluate(floor, s);
    if (lo !== null && v.lessThan(lo)) v = lo;
    const text = v.toFixed(2, Money.ROUND_HALF_UP);
    return text === '-0.00' ? '0.00' : text;
  };
}

/**
 * Names in a compensation: `score` is the scorecard's score; any other bare name is a metric or kpi
 * of the scorecard it pays on, read from `EvalScope.values` as the engine filled them for that subject.
 */
export function compileCompensation(model: CompensationModel, scorecard: CompiledScorecard | undefined): CompiledCompensation {
  const nodes = new Map((scorecard?.nodes ?? []).map((n) => [n.key, n]));
  const resolve = (name: string): NameTarget | undefined => {
    if (name === 'score') return { kind: 'score' };
    const node = nodes.get(name);
    return node ? { kind: 'node', index: node.index, key: node.key, nodeKind: node.kind } : undefined;
  };
  const env: LowerEnv = { resolve, types: new Map(), fieldTypes: new Map() };
  const lower = (e: CompensationModel['payout']) => (e ? lowerExpr(e, env) : undefined);
  return {
    key: model.key,
    ...(model.label !== undefined ? { label: model.label } : {}),
    scorecard: model.scorecard,
    period: model.period,
    payout: payoutFunction(lower(model.payout), lower(model.cap), lower(model.floor)),
  };
}
