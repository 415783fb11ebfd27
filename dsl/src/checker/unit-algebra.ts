import type { BinaryOp } from '../ast/nodes';
import type { Ty } from './analysis';

// The unit algebra of spec §3, as pure functions: the type inference takes `type`, the unit rules
// report `problem`. Plain numbers and counts fit any unit (`aht > 300`, `resp_30s * 100`); `null`
// fits anything; `any` (an error already reported) fits anything and stays quiet.

export type Problem =
  /** two units that do not go together */
  | { readonly code: 'YS200'; readonly verb: Verb }
  /** an operand of the wrong kind (a string in arithmetic, a number as a condition) */
  | { readonly code: 'YS201'; readonly side: 'left' | 'right' | 'operand'; readonly expected: Expectation };

export interface Outcome {
  readonly type: Ty;
  readonly problem?: Problem;
}

export type Verb = 'add' | 'subtract' | 'multiply' | 'compare' | 'combine';
export const VERB_ZH: Readonly<Record<Verb, string>> = { add: '加法', subtract: '减法', multiply: '乘法', compare: '比较', combine: '合并' };

export type Expectation = 'number' | 'condition';
export const EXPECTATION: Readonly<Record<Expectation, { en: string; zh: string }>> = {
  number: { en: 'a number', zh: '数值' },
  condition: { en: 'a condition (true or false)', zh: '条件（真或假）' },
};

const NUMERIC: ReadonlySet<Ty> = new Set<Ty>(['number', 'count', 'percent', 'duration', 'money']);
const wild = (t: Ty) => t === 'number' || t === 'count';
const open = (t: Ty) => t === 'any' || t === 'null';

export const isNumeric = (t: Ty): boolean => NUMERIC.has(t) || open(t);
export const isCondition = (t: Ty): boolean => t === 'boolean' || open(t);

/** The common unit of two numeric types, or undefined when they clash (duration vs percent). */
export function unify(a: Ty, b: Ty): Ty | undefined {
  if (a === 'any' || b === 'any') return 'any';
  if (a === 'null') return b;
  if (b === 'null' || a === b) return a;
  if (wild(a) && wild(b)) return 'count';
  if (wild(a)) return b;
  if (wild(b)) return a;
  return undefined;
}

function numericOperands(l: Ty, r: Ty): Outcome | undefined {
  if (!isNumeric(l)) return { type: 'any', problem: { code: 'YS201', side: 'left', expected: 'number' } };
  if (!isNumeric(r)) return { type: 'any', problem: { code: 'YS201', side: 'right', expected: 'number' } };
  return undefined;
}

/** `x * y`: a plain number, count or percent scales the other side; two real units do not multiply. */
function multiply(l: Ty, r: Ty): Outcome {
  if (l === 'any' || r === 'any') return { type: 'any' };
  const scale = (t: Ty) => wild(t) || t === 'percent' || t === 'null';
  if (scale(l) && scale(r)) {
    if (l === 'count' || r === 'count') return { type: 'count' };
    if (l === 'percent' || r === 'percent') return { type: 'percent' };
    return { type: 'number' };
  }
  if (scale(l)) return { type: r };
  if (scale(r)) return { type: l };
  return { type: 'any', problem: { code: 'YS200', verb: 'multiply' } };
}

/** `x / y`: same units cancel; dividing by a number, count or percent keeps x's unit. */
function divide(l: Ty, r: Ty): Outcome {
  if (l === 'any' || r === 'any') return { type: 'any' };
  if (l !== r && !wild(l) && l !== 'null' && (wild(r) || r === 'percent' || r === 'null')) return { type: l };
  // same units cancel; a plain number over a unit is a rate; two different real units have no name
  return { type: 'number' };
}

function compareKinds(op: BinaryOp, l: Ty, r: Ty): Outcome {
  const equality = op === '==' || op === '!=';
  if (open(l) || open(r)) return { type: 'boolean' };
  if (isNumeric(l) && isNumeric(r)) {
    return unify(l, r) === undefined ? { type: 'boolean', problem: { code: 'YS200', verb: 'compare' } } : { type: 'boolean' };
  }
  const ordered = (t: Ty) => t === 'timestamp' || t === 'date';
  if (l === r && (equality || ordered(l))) return { type: 'boolean' };
  if (!equality && l === r) return { type: 'boolean', problem: { code: 'YS201', side: 'left', expected: 'number' } };
  return { type: 'boolean', problem: { code: 'YS200', verb: 'compare' } };
}

export function binaryOutcome(op: BinaryOp, l: Ty, r: Ty): Outcome {
  switch (op) {
    case 'and':
    case 'or':
      if (!isCondition(l)) return { type: 'boolean', problem: { code: 'YS201', side: 'left', expected: 'condition' } };
      if (!isCondition(r)) return { type: 'boolean', problem: { code: 'YS201', side: 'right', expected: 'condition' } };
      return { type: 'boolean' };
    case '==': case '!=': case '<': case '<=': case '>': case '>=':
      return compareKinds(op, l, r);
    default: {
      const bad = numericOperands(l, r);
      if (bad) return bad;
      if (op === '*') return multiply(l, r);
      if (op === '/') return divide(l, r);
      const unit = unify(l, r);
      if (unit === undefined) return { type: 'any', problem: { code: 'YS200', verb: op === '+' ? 'add' : 'subtract' } };
      return { type: unit === 'null' ? 'number' : unit };
    }
  }
}

export function unaryOutcome(op: '-' | 'not', t: Ty): Outcome {
  if (op === 'not') {
    return isCondition(t) ? { type: 'boolean' } : { type: 'boolean', problem: { code: 'YS201', side: 'operand', expected: 'condition' } };
  }
  if (!isNumeric(t)) return { type: 'any', problem: { code: 'YS201', side: 'operand', expected: 'number' } };
  return { type: t === 'null' ? 'number' : t };
}

/** The type of `if … then a else b` or of a tier's results: one unit, or a YS200 "cannot combine". */
export function combine(a: Ty, b: Ty): Ty | undefined {
  if (isNumeric(a) && isNumeric(b)) return unify(a, b);
  if (open(a)) return b;
  if (open(b) || a === b) return a;
  return undefined;
}
