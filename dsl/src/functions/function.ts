import type { Value, ValueType } from '../compile/types';

/** Why a call's arguments do not fit: which argument and what was expected, in both languages. */
export interface ArgumentMismatch {
  readonly argIndex: number;
  readonly expected: string;
  readonly expectedZh: string;
}

/** The result type of a call from its argument types, or why the arguments do not fit. */
export type TypeRule = (args: readonly ValueType[]) => ValueType | ArgumentMismatch;

export const isMismatch = (r: ValueType | ArgumentMismatch): r is ArgumentMismatch => typeof r === 'object';

interface FunctionBase {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly type: TypeRule;
  /** `clamp(x, lo, hi)`, for completion and hover */
  readonly signature: string;
  readonly doc: { readonly en: string; readonly zh: string };
}

/** A function over values, usable anywhere. `impl` receives values already evaluated and follows the null rules. */
export interface ScalarFunction extends FunctionBase {
  readonly kind: 'scalar';
  readonly impl: (...args: Value[]) => Value;
  /**
   * Optional: the same computation as `impl` as a JavaScript expression over arguments already known
   * to be numbers (the code generator adds the null checks), so hot formulas avoid a call. It must
   * give exactly what `impl` gives on numbers; the compiled==interpreted property tests hold it to that.
   * `args` are generator-made temporaries or numeric literals, never user text.
   */
  readonly inline?: (args: readonly string[]) => string;
}

/** An aggregate over the records of a subject; only in metrics. The engine implements the accumulation. */
export interface AggregateFunction extends FunctionBase {
  readonly kind: 'aggregate';
  /** roster aggregates count agents, not records, and need a team or group subject */
  readonly roster: boolean;
}

/** `team(m)`, `org(m)`: a metric's value for the subject's group. */
export interface GroupFunction extends FunctionBase {
  readonly kind: 'group';
  readonly group: 'team' | 'org';
}

export type FunctionDef = ScalarFunction | AggregateFunction | GroupFunction;

// -- helpers for type rules

export const NUMERIC: readonly ValueType[] = ['number', 'percent', 'duration', 'count', 'money'];
export const isNumeric = (t: ValueType): boolean => NUMERIC.includes(t) || t === 'null';

/** The common unit of numeric arguments: plain numbers and counts take the other side's unit; null fits anything. */
export function commonUnit(types: readonly ValueType[]): ValueType | ArgumentMismatch {
  let unit: ValueType = 'null';
  for (let i = 0; i < types.length; i++) {
    const t = types[i];
    if (!isNumeric(t)) return { argIndex: i, expected: 'a number', expectedZh: '数值' };
    if (t === 'null') continue;
    if (unit === 'null' || unit === 'number' || (unit === 'count' && t !== 'number')) { unit = t; continue; }
    if (t === 'number' || t === 'count' || t === unit) continue;
    return { argIndex: i, expected: `a ${unit} like the first`, expectedZh: `与前面相同的单位 ${unit}` };
  }
  return unit === 'null' ? 'number' : unit;
}
