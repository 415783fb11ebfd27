import { AGGREGATE_FUNCTIONS, GROUP_FUNCTIONS } from './aggregate.functions';
import type { AggregateFunction, FunctionDef, ScalarFunction } from './function';
import { MATH_FUNCTIONS } from './math.functions';
import { TIME_FUNCTIONS } from './time.functions';

export * from './function';

/**
 * Scalar functions by name. Aggregates are looked up separately: `min` and `max` are both a scalar
 * (two or more arguments, anywhere) and an aggregate (one argument, in a metric).
 */
export const SCALAR_FUNCTIONS: ReadonlyMap<string, ScalarFunction> = new Map([...MATH_FUNCTIONS, ...TIME_FUNCTIONS].map((f) => [f.name, f]));
export const AGGREGATES: ReadonlyMap<string, AggregateFunction> = new Map(AGGREGATE_FUNCTIONS.map((f) => [f.name, f]));
export const GROUPS: ReadonlyMap<string, FunctionDef> = new Map(GROUP_FUNCTIONS.map((f) => [f.name, f]));

/** Every function name, for completion and "did you mean". */
export const FUNCTION_NAMES: readonly string[] = [...new Set([...SCALAR_FUNCTIONS.keys(), ...AGGREGATES.keys(), ...GROUPS.keys()])];

/**
 * Which definition a call means: `min(x)` with one argument inside a metric is the aggregate,
 * `min(a, b)` the scalar. Returns undefined for an unknown name.
 */
export function resolveFunction(name: string, argCount: number): FunctionDef | undefined {
  const aggregate = AGGREGATES.get(name);
  const scalar = SCALAR_FUNCTIONS.get(name);
  if (aggregate && scalar) return argCount <= aggregate.maxArgs ? aggregate : scalar;
  return aggregate ?? scalar ?? GROUPS.get(name);
}
