import type { Value } from '../compile/types';
import { roundHalfAway } from '../runtime/numbers';
import { commonUnit, isNumeric, type ScalarFunction } from './function';

const num = (v: Value): number | null => (typeof v === 'number' ? v : null);

function extreme(pick: (a: number, b: number) => number) {
  return (...args: Value[]): Value => {
    let best: number | null = null;
    for (const a of args) {
      const n = num(a);
      if (n === null) return null;
      best = best === null ? n : pick(best, n);
    }
    return best;
  };
}

export const min: ScalarFunction = {
  kind: 'scalar', name: 'min', minArgs: 2, maxArgs: Infinity, signature: 'min(a, b, …)',
  doc: { en: 'The smallest of its arguments; null if any is null.', zh: '参数中的最小值；任一参数为空则为空。' },
  type: commonUnit, impl: extreme(Math.min),
  // pairwise Math.min over all arguments is Math.min of them all (NaN and -0 alike)
  inline: (args) => `Math.min(${args.join(', ')})`,
};

export const max: ScalarFunction = {
  kind: 'scalar', name: 'max', minArgs: 2, maxArgs: Infinity, signature: 'max(a, b, …)',
  doc: { en: 'The largest of its arguments; null if any is null.', zh: '参数中的最大值；任一参数为空则为空。' },
  type: commonUnit, impl: extreme(Math.max),
  inline: (args) => `Math.max(${args.join(', ')})`,
};

export const clamp: ScalarFunction = {
  kind: 'scalar', name: 'clamp', minArgs: 3, maxArgs: 3, signature: 'clamp(x, lo, hi)',
  doc: { en: 'x limited to the range lo..hi.', zh: '把 x 限制在 lo..hi 之间。' },
  type: commonUnit,
  impl: (x, lo, hi) => {
    const [a, l, h] = [num(x), num(lo), num(hi)];
    if (a === null || l === null || h === null) return null;
    return Math.min(Math.max(a, l), h);
  },
  inline: ([x, lo, hi]) => `Math.min(Math.max(${x}, ${lo}), ${hi})`,
};

export const abs: ScalarFunction = {
  kind: 'scalar', name: 'abs', minArgs: 1, maxArgs: 1, signature: 'abs(x)',
  doc: { en: 'The absolute value of x.', zh: 'x 的绝对值。' },
  type: commonUnit, impl: (x) => (typeof x === 'number' ? Math.abs(x) : null),
  inline: ([x]) => `Math.abs(${x})`,
};

export const round: ScalarFunction = {
  kind: 'scalar', name: 'round', minArgs: 1, maxArgs: 2, signature: 'round(x, digits)',
  doc: { en: 'x rounded half away from zero to the given decimal digits (0 by default).', zh: '四舍五入（远离零）到指定的小数位数（默认 0 位）。' },
  type: (args) => {
    if (args.length > 1 && !isNumeric(args[1])) return { argIndex: 1, expected: 'a number of digits', expectedZh: '小数位数' };
    return commonUnit(args.slice(0, 1));
  },
  impl: (x, digits = 0) => {
    const n = num(x);
    const d = num(digits);
    return n === null || d === null ? null : roundHalfAway(n, d);
  },
};

export const coalesce: ScalarFunction = {
  kind: 'scalar', name: 'coalesce', minArgs: 1, maxArgs: Infinity, signature: 'coalesce(a, b, …)',
  doc: { en: 'The first argument that is not null.', zh: '第一个非空的参数。' },
  type: (args) => {
    const first = args.find((t) => t !== 'null') ?? 'null';
    if (!isNumeric(first)) {
      const bad = args.findIndex((t) => t !== first && t !== 'null');
      return bad < 0 ? first : { argIndex: bad, expected: `a ${first}`, expectedZh: first };
    }
    return commonUnit(args);
  },
  impl: (...args) => {
    for (const a of args) if (a !== null && a !== undefined) return a;
    return null;
  },
};

export const MATH_FUNCTIONS: readonly ScalarFunction[] = [min, max, clamp, abs, round, coalesce];
