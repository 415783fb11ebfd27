import type { TierBranch, TierExpr } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { cmp12 } from '../../runtime/numbers';
import type { CheckRule } from '../analysis';
import { constantValue } from '../constant';
import { exprText } from '../expr-text';
import { eachUnit } from './rule-kit';

// Branches are tried top to bottom, so a branch whose values are all taken by earlier ones never wins
// (YS311, a warning). Earlier `>=`/`>` branches together take [lowest, ∞), earlier `<=`/`<` branches
// (-∞, highest]; a branch is dead when its own half-line lies inside those, which covers both the
// plain chains (`>= 80%` then `>= 90%`) and mixed directions that already cover every number.

interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
  readonly branch: TierBranch;
}

const upward = (b: TierBranch) => b.op === '>=' || b.op === '>';

/** Does `outer` (an earlier bound of the same direction) take every value `inner` would? */
function within(inner: Bound, outer: Bound | undefined, up: boolean): boolean {
  if (!outer) return false;
  const c = cmp12(inner.value, outer.value);
  if (c === 0) return outer.inclusive || !inner.inclusive;
  return up ? c > 0 : c < 0;
}

/** The earlier branch that completes coverage of every number, if the bounds so far cover them all. */
function everything(low: Bound | undefined, high: Bound | undefined): TierBranch | undefined {
  if (!low || !high) return undefined;
  const c = cmp12(high.value, low.value);
  if (c < 0 || (c === 0 && !low.inclusive && !high.inclusive)) return undefined;
  return low.branch.span.start.offset > high.branch.span.start.offset ? low.branch : high.branch;
}

function better(candidate: Bound, current: Bound | undefined, up: boolean): Bound {
  if (!current) return candidate;
  const c = cmp12(candidate.value, current.value);
  if (c === 0) return candidate.inclusive && !current.inclusive ? candidate : current;
  return (up ? c < 0 : c > 0) ? candidate : current;
}

function deadBranches(tier: TierExpr): Diagnostic[] {
  const out: Diagnostic[] = [];
  let low: Bound | undefined;
  let high: Bound | undefined;
  for (const branch of tier.branches) {
    const c = constantValue(branch.threshold);
    if (!c) continue;
    const up = upward(branch);
    const bound: Bound = { value: c.value, inclusive: branch.op === '>=' || branch.op === '<=', branch };
    const cover = within(bound, up ? low : high, up) ? (up ? low : high)!.branch : everything(low, high);
    if (cover) {
      const previous = `${cover.op} ${exprText(cover.threshold)}`;
      out.push(diagnostic('YS311', branch.span, { previous, line: cover.span.start.line }));
      continue;
    }
    if (up) low = better(bound, low, true);
    else high = better(bound, high, false);
  }
  return out;
}

export const tierReachabilityRule: CheckRule = {
  id: 'tier-reachability',
  check: eachUnit((unit) => unit.uses.tiers.flatMap((use) => deadBranches(use.expr))),
};
