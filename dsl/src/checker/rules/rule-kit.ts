import type { Expr, Span } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CompensationAnalysis, DocumentAnalysis, RuleContext, ScorecardAnalysis, Ty } from '../analysis';
import { exprText } from '../expr-text';
import { EXPECTATION, VERB_ZH, type Expectation, type Verb } from '../unit-algebra';

// Small helpers shared by the rules, so each rule file holds only its own judgement.

type UnitAnalysis = ScorecardAnalysis | CompensationAnalysis;

export const eachScorecard = (fn: (sc: ScorecardAnalysis, ctx: RuleContext) => Diagnostic[]) =>
  (doc: DocumentAnalysis, ctx: RuleContext): Diagnostic[] => doc.scorecards.flatMap((sc) => fn(sc, ctx));

/** Scorecards and compensation rules alike: both hold expressions. */
export const eachUnit = (fn: (unit: UnitAnalysis, ctx: RuleContext) => Diagnostic[]) =>
  (doc: DocumentAnalysis, ctx: RuleContext): Diagnostic[] => [...doc.scorecards, ...doc.compensations].flatMap((u) => fn(u, ctx));

const NOUN: Readonly<Record<Ty, { en: string; zh: string }>> = {
  number: { en: 'a number', zh: '数值' },
  percent: { en: 'a percent', zh: '百分比' },
  duration: { en: 'a duration', zh: '时长' },
  count: { en: 'a count', zh: '计数' },
  money: { en: 'money', zh: '金额' },
  boolean: { en: 'a condition (true or false)', zh: '条件（真或假）' },
  string: { en: 'text', zh: '文本' },
  timestamp: { en: 'a timestamp', zh: '时间戳' },
  date: { en: 'a date', zh: '日期' },
  null: { en: 'null', zh: '空值' },
  any: { en: 'unknown', zh: '未知' },
};
export const typeNoun = (t: Ty) => NOUN[t];

/** YS201: `expected a condition (true or false) but \`handled\` is a count`. */
export function wrongKind(expr: Expr, actual: Ty, expected: Expectation | { en: string; zh: string }): Diagnostic {
  const want = typeof expected === 'string' ? EXPECTATION[expected] : expected;
  return diagnostic('YS201', expr.span, {
    expected: want.en, expectedZh: want.zh, text: exprText(expr), actual: NOUN[actual].en, actualZh: NOUN[actual].zh,
  });
}

/** YS200: `cannot compare duration and percent`. */
export function unitClash(span: Span, verb: Verb, left: Ty, right: Ty): Diagnostic {
  return diagnostic('YS200', span, { verb, verbZh: VERB_ZH[verb], left, right });
}

/** The span of a keyword written at the start of `span` (`tier`), on one line. */
export function leadingSpan(span: Span, length: number): Span {
  const end = Math.min(span.start.offset + length, span.end.offset);
  const taken = end - span.start.offset;
  return { start: span.start, end: { line: span.start.line, column: span.start.column + taken, offset: end } };
}
