import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule } from '../analysis';
import { eachScorecard } from './rule-kit';

// Alerts notify known recipients (YS334).

export const RECIPIENTS: readonly string[] = ['agent', 'supervisor', 'admin', 'hr'];

export const alertRule: CheckRule = {
  id: 'alert',
  check: eachScorecard((sc, ctx) => {
    const out: Diagnostic[] = [];
    for (const item of sc.decl.items) {
      if (item.kind !== 'alert') continue;
      for (const recipient of item.notify) {
        if (!recipient.name || RECIPIENTS.includes(recipient.name)) continue;
        const h = ctx.hint(recipient.name, RECIPIENTS);
        out.push(diagnostic('YS334', recipient.span, { name: recipient.name }, h.suggestion));
      }
    }
    return out;
  }),
};
