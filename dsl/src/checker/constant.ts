import type { Expr } from '../ast/nodes';
import type { Ty } from './analysis';
import { binaryOutcome } from './unit-algebra';

/** A number known while checking: its value (percent as a fraction, duration in seconds) and unit. */
export interface Constant {
  readonly value: number;
  readonly unit: Ty;
}

/**
 * The value of a constant numeric expression (`90%`, `-5`, `2 * 30s`), or undefined when it reads
 * anything at run time. Used for tier thresholds, weights, percentile and round arguments.
 */
export function constantValue(expr: Expr, depth = 0): Constant | undefined {
  if (depth > 64) return undefined;
  switch (expr.kind) {
    case 'number':
    case 'percent':
    case 'duration':
      return Number.isFinite(expr.value) ? { value: expr.value, unit: expr.kind } : undefined;
    case 'unary': {
      if (expr.op !== '-') return undefined;
      const inner = constantValue(expr.operand, depth + 1);
      return inner && { value: -inner.value, unit: inner.unit };
    }
    case 'binary': {
      const l = constantValue(expr.left, depth + 1);
      const r = constantValue(expr.right, depth + 1);
      if (!l || !r) return undefined;
      const outcome = binaryOutcome(expr.op, l.unit, r.unit);
      const value = arithmetic(expr.op, l.value, r.value);
      return outcome.problem || value === undefined || !Number.isFinite(value) ? undefined : { value, unit: outcome.type };
    }
    default:
      return undefined;
  }
}

function arithmetic(op: string, a: number, b: number): number | undefined {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? undefined : a / b;
    default: return undefined;
  }
}
