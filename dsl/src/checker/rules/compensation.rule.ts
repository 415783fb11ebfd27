import type { CompensationDecl, Expr } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, CompensationAnalysis, DocumentAnalysis, RuleContext } from '../analysis';
import { isNumeric, unify } from '../unit-algebra';
import { unitClash } from './rule-kit';

// A compensation rule pays on a scorecard of the same document (YS400) with a `payout` (YS401); its
// `cap` and `floor` bound the payout, so they are in the payout's unit (YS200).

function bounds(comp: CompensationAnalysis, payout: Expr | undefined): Diagnostic[] {
  if (!payout) return [];
  const payoutType = comp.types.get(payout) ?? 'any';
  const out: Diagnostic[] = [];
  for (const item of comp.decl.items) {
    if (item.kind !== 'cap' && item.kind !== 'floor') continue;
    const t = comp.types.get(item.expr) ?? 'any';
    if (isNumeric(payoutType) && isNumeric(t) && unify(payoutType, t) === undefined) out.push(unitClash(item.expr.span, 'compare', payoutType, t));
  }
  return out;
}

const unreadable = (doc: DocumentAnalysis): boolean => doc.document.blocks.some((b) => b.kind === 'error-item');

function checkCompensation(comp: CompensationAnalysis, doc: DocumentAnalysis, ctx: RuleContext): Diagnostic[] {
  const decl: CompensationDecl = comp.decl;
  const out: Diagnostic[] = [];
  const scorecards = doc.scorecards.map((sc) => sc.decl.name.name);
  let ref = false;
  let payout: Expr | undefined;
  for (const item of decl.items) {
    if (item.kind === 'payout') payout ??= item.expr;
    if (item.kind !== 'comp-scorecard') continue;
    ref = true;
    const name = item.scorecard.name;
    // a scorecard the parser could not read may be the one meant: stay quiet then
    if (name && !scorecards.includes(name) && !unreadable(doc)) {
      const h = ctx.hint(name, scorecards);
      out.push(diagnostic('YS400', item.scorecard.span, { name, ...h }, h.suggestion));
    }
  }
  if (!comp.incomplete && decl.name.name) {
    if (!ref) out.push(diagnostic('YS401', decl.name.span, { name: decl.name.name, missing: '`scorecard NAME`' }));
    if (!payout) out.push(diagnostic('YS401', decl.name.span, { name: decl.name.name, missing: '`payout = …`' }));
  }
  return [...out, ...bounds(comp, payout)];
}

export const compensationRule: CheckRule = {
  id: 'compensation',
  check: (doc, ctx) => doc.compensations.flatMap((comp) => checkCompensation(comp, doc, ctx)),
};
