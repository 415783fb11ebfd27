// Helpers shared by the lexer, parser and AST specs (not part of the library's API).
import type { Expr, Span } from '../ast/nodes';
import type { Diagnostic } from '../diagnostics/diagnostic';

/** The spec's §1 example (shared/spec/language.md), verbatim. */
export const SPEC_EXAMPLE = String.raw`# Frontline agents, scored monthly.
scorecard frontline "一线客服" {
  period month
  missing renormalize            # or: zero
  eligible when handled >= 20    # fewer records: not scored, not ranked

  field kb_used: boolean         # a custom record field (built-in fields need no declaration)

  metric handled  = count()
  metric csat     = count(rating >= 4) / count(rating != null)          as percent
  metric fcr      = count(first_contact_resolved) / count(resolved)      as percent
  metric aht      = avg(handle_seconds)                                  as duration
  metric resp_30s = count(first_response_seconds <= 30s) / count()       as percent
  metric urgent_p90 = percentile(handle_seconds where priority == "urgent", 90) as duration
  metric kb_rate  = count(kb_used) / count()                             as percent

  kpi csat_score "满意度" = tier(csat) {
    >= 95% -> 100
    >= 90% -> 80
    >= 80% -> 60
    else   -> 0
  }
  kpi fcr_score  "首次解决率" = fcr * 100
  kpi aht_score  "平均处理时长" = clamp(100 - (aht - 300s) / 3s, 0, 100)
  kpi resp_score "30秒响应率" = resp_30s * 100
  kpi kb_score   = kb_rate * 100

  target csat >= 90%
  target aht  <= 420s when agent.tenure_days < 90   # new hires: looser target
  target aht  <= 360s

  profile normal "日常运营" default {
    csat_score: 40%, fcr_score: 30%, aht_score: 15%, kb_score: 15%
  }
  profile double11 "双11大促" active 2026-11-01..2026-11-11 {
    resp_score: 50%, csat_score: 30%, aht_score: 20%
  }

  alert slow_handling "处理时长异常" when aht > team(aht) * 1.2 notify supervisor
}

compensation q4_bonus "季度绩效奖金" {
  scorecard frontline
  period quarter
  payout = agent.base_bonus * tier(score) {
    >= 90 -> 120%
    >= 80 -> 100%
    >= 60 -> 50%
    else  -> 0%
  }
  cap 2 * agent.base_bonus
}
`;

/** The text a span highlights. */
export const textOf = (source: string, span: Span): string => source.slice(span.start.offset, span.end.offset);

/** Diagnostics as `{ code, at }` (the highlighted text), the form the conventions ask tests to assert on. */
export const codesAt = (source: string, diagnostics: readonly Diagnostic[]): { code: string; at: string }[] =>
  diagnostics.map((d) => ({ code: d.code, at: textOf(source, d.span) }));

/** An expression as a compact s-expression: `(+ 1 (* 2 3))`, to assert on precedence. */
export function sexpr(e: Expr): string {
  switch (e.kind) {
    case 'number': case 'percent': case 'duration': return String(e.value);
    case 'string': return JSON.stringify(e.value);
    case 'boolean': return String(e.value);
    case 'null': return 'null';
    case 'name': return e.name;
    case 'member': return `${e.object.name}.${e.property.name}`;
    case 'call': return `(${e.callee.name}${e.args.map((a) => ` ${sexpr(a)}`).join('')}${e.where ? ` where ${sexpr(e.where)}` : ''})`;
    case 'unary': return `(${e.op} ${sexpr(e.operand)})`;
    case 'binary': return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'if': return `(if ${sexpr(e.condition)} ${sexpr(e.then)} ${sexpr(e.otherwise)})`;
    case 'tier': return `(tier ${sexpr(e.subject)}${e.branches.map((b) => ` [${b.op} ${sexpr(b.threshold)} ${sexpr(b.result)}]`).join('')}${e.otherwise ? ` [else ${sexpr(e.otherwise.result)}]` : ''})`;
    case 'error': return '<error>';
  }
}
