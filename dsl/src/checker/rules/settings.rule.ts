import type { Identifier, Span } from '../../ast/nodes';
import { diagnostic, type DiagnosticCode } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, RuleContext } from '../analysis';
import { MISSING_POLICIES, PERIODS, SUBJECTS } from '../symbols';

// `period`, `subject`, `missing` and `eligible` take one of their known values (YS330–YS332) and are
// set at most once per block (YS333); so are a compensation's `scorecard`, `payout`, `cap` and `floor`.

const VALUES: Readonly<Record<string, { code: DiagnosticCode; allowed: readonly string[] }>> = {
  period: { code: 'YS330', allowed: PERIODS },
  subject: { code: 'YS331', allowed: SUBJECTS },
  missing: { code: 'YS332', allowed: MISSING_POLICIES },
};
const ONCE = new Set(['period', 'subject', 'missing', 'eligible', 'comp-scorecard', 'payout', 'cap', 'floor']);
const KEYWORD: Readonly<Record<string, string>> = { 'comp-scorecard': 'scorecard' };

type SettingItem = { readonly kind: string; readonly span: Span; readonly value?: Identifier };

function checkItems(items: readonly SettingItem[], ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const known = VALUES[item.kind];
    const value = item.value;
    if (known && value?.name && !known.allowed.includes(value.name)) {
      const h = ctx.hint(value.name, known.allowed);
      out.push(diagnostic(known.code, value.span, { name: value.name }, h.suggestion));
    }
    if (!ONCE.has(item.kind)) continue;
    if (seen.has(item.kind)) out.push(diagnostic('YS333', item.span, { name: KEYWORD[item.kind] ?? item.kind }));
    seen.add(item.kind);
  }
  return out;
}

export const settingsRule: CheckRule = {
  id: 'settings',
  check: (doc, ctx) => [
    ...doc.scorecards.flatMap((sc) => checkItems(sc.decl.items as readonly SettingItem[], ctx)),
    ...doc.compensations.flatMap((c) => checkItems(c.decl.items as readonly SettingItem[], ctx)),
  ],
};
