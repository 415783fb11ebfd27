import type { TierExpr } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, Ty } from '../analysis';
import { constantValue } from '../constant';
import { binaryOutcome, isNumeric } from '../unit-algebra';
import { eachUnit, leadingSpan, unitClash, wrongKind } from './rule-kit';

// A tier compares a number against constant thresholds (YS312) in the subject's unit (YS200) and must
// close with `else` (YS310, at the `tier` keyword). Its results share one unit: see branch-units.

function checkTier(tier: TierExpr, types: ReadonlyMap<TierExpr['subject'], Ty>): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!tier.otherwise) out.push(diagnostic('YS310', leadingSpan(tier.span, 'tier'.length)));
  const subject = types.get(tier.subject) ?? 'any';
  if (!isNumeric(subject)) out.push(wrongKind(tier.subject, subject, 'number'));
  for (const branch of tier.branches) {
    if (branch.threshold.kind === 'error') continue;
    const c = constantValue(branch.threshold);
    if (!c) {
      out.push(diagnostic('YS312', branch.threshold.span));
      continue;
    }
    const problem = isNumeric(subject) ? binaryOutcome(branch.op, subject, c.unit).problem : undefined;
    if (problem?.code === 'YS200') out.push(unitClash(branch.threshold.span, 'compare', subject, c.unit));
  }
  return out;
}

export const tierStructureRule: CheckRule = {
  id: 'tier-structure',
  check: eachUnit((unit) => unit.uses.tiers.flatMap((use) => checkTier(use.expr, unit.types))),
};
