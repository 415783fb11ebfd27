import type { CallExpr } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { isMismatch, type FunctionDef } from '../../functions';
import type { CallUse, CheckRule, Ty } from '../analysis';
import { constantValue } from '../constant';
import { arityFits } from '../types';
import { eachUnit, wrongKind } from './rule-kit';

// Each function's own type rule (functions/*.ts) judges its arguments; a mismatch is YS201 at the
// argument. Two arguments must be constants the checker can see: percentile's p, 0..100 (YS205), and
// round's digits, a whole number 0..12 (YS206).

/** Arguments checked by the constant rules below rather than by the type rule. */
const CONSTANT_ARGUMENT: Readonly<Record<string, number>> = { percentile: 1, round: 1 };

function constantIn(call: CallExpr, index: number, lo: number, hi: number, whole: boolean): boolean {
  const c = constantValue(call.args[index]);
  if (!c || c.unit !== 'number') return false;
  return c.value >= lo && c.value <= hi && (!whole || Number.isInteger(c.value));
}

function constants(def: FunctionDef, call: CallExpr): Diagnostic[] {
  const arg = call.args[1];
  if (!arg || arg.kind === 'error') return [];
  if (def.name === 'percentile' && def.kind === 'aggregate' && !constantIn(call, 1, 0, 100, false)) return [diagnostic('YS205', arg.span)];
  if (def.name === 'round' && !constantIn(call, 1, 0, 12, true)) return [diagnostic('YS206', arg.span)];
  return [];
}

function argumentTypes(use: CallUse, types: ReadonlyMap<CallExpr['args'][number], Ty>): Diagnostic[] {
  const { def, expr } = use;
  if (!def || def.kind === 'group' || !arityFits(def, expr)) return [];
  const argTypes = expr.args.map((a) => types.get(a) ?? 'any');
  const result = def.type(argTypes.map((t) => (t === 'any' ? 'null' : t)));
  const out = constants(def, expr);
  if (!isMismatch(result) || result.argIndex === CONSTANT_ARGUMENT[def.name]) return out;
  const arg = expr.args[result.argIndex];
  if (arg && argTypes[result.argIndex] !== 'any') {
    out.push(wrongKind(arg, argTypes[result.argIndex], { en: result.expected, zh: result.expectedZh }));
  }
  return out;
}

export const callArgumentsRule: CheckRule = {
  id: 'call-arguments',
  check: eachUnit((unit) => unit.uses.calls.flatMap((use) => argumentTypes(use, unit.types))),
};
