import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { FUNCTION_NAMES, type FunctionDef } from '../../functions';
import type { CheckRule } from '../analysis';
import { arityFits } from '../types';
import { eachUnit } from './rule-kit';

// Calls must name a known function (YS102, with "did you mean") and pass as many arguments as it takes
// (YS103). `team(m)`/`org(m)` are checked by the group-function rule, which says what they need.

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

function expected(def: FunctionDef): { expected: string; expectedZh: string } {
  const { minArgs: min, maxArgs: max } = def;
  if (min === max) return min === 0 ? { expected: 'no arguments', expectedZh: '不带参数' } : { expected: `${min} ${plural(min)}`, expectedZh: ` ${min} 个参数` };
  if (max === Infinity) return { expected: `at least ${min} ${plural(min)}`, expectedZh: `至少 ${min} 个参数` };
  return { expected: `${min} to ${max} arguments`, expectedZh: ` ${min} 到 ${max} 个参数` };
}

export const functionCallRule: CheckRule = {
  id: 'function-call',
  check: eachUnit((unit, ctx) => {
    const out: Diagnostic[] = [];
    for (const use of unit.uses.calls) {
      const { callee } = use.expr;
      if (!callee.name) continue;
      if (!use.def) {
        const h = ctx.hint(callee.name, FUNCTION_NAMES);
        out.push(diagnostic('YS102', callee.span, { name: callee.name, ...h }, h.suggestion));
      } else if (use.def.kind !== 'group' && !arityFits(use.def, use.expr)) {
        out.push(diagnostic('YS103', use.expr.span, { name: callee.name, given: use.expr.args.length, ...expected(use.def) }));
      }
    }
    return out;
  }),
};
