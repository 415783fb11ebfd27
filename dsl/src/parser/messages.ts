// Chevrotain's "Expecting one of these possible Token sequences…" rewritten in domain words. The provider
// returns a small JSON payload (code + message arguments, both languages); parse.ts turns it into a Diagnostic
// from the catalogue, with the span of the offending token.
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { Keyword, RCurly, RParen } from '../lexer/tokens';
import { expectedWords, foundWords, oneOf, type Words } from './token-words';

export interface SyntaxPayload {
  readonly code: 'YS010' | 'YS011';
  readonly args: Readonly<Record<string, string>>;
  /** token types that were expected, by name: lets parse.ts turn a missing `)`/`}` into YS012 */
  readonly expected: readonly string[];
  /** the grammar rule that failed */
  readonly rule?: string;
}

const EXPRESSION: Words = { en: 'an expression', zh: '表达式' };
const SCORECARD_ITEM: Words = {
  en: 'a scorecard item (`metric`, `kpi`, `target`, `profile`, …) or `}`',
  zh: '评分卡条目（`metric`、`kpi`、`target`、`profile` 等）或 `}`',
};
const COMPENSATION_ITEM: Words = {
  en: '`scorecard`, `period`, `payout`, `cap`, `floor` or `}`',
  zh: '`scorecard`、`period`、`payout`、`cap`、`floor` 或 `}`',
};

/** Rule and expected token → what the reader should have written there. */
const IN_CONTEXT: Readonly<Record<string, Words>> = {
  'metricDecl/Equals': { en: '`=` after the metric name', zh: '指标名称后的 `=`' },
  'kpiDecl/Equals': { en: '`=` after the kpi name', zh: 'KPI 名称后的 `=`' },
  'payoutDecl/Equals': { en: '`=` after `payout`', zh: '`payout` 后的 `=`' },
  'fieldDecl/Colon': { en: '`:` after the field name', zh: '字段名称后的 `:`' },
  'weightEntry/Colon': { en: '`:` after the kpi name', zh: 'KPI 名称后的 `:`' },
  'scorecard/RCurly': SCORECARD_ITEM,
  'compensation/RCurly': COMPENSATION_ITEM,
  'profileDecl/RCurly': { en: '`,` or `}`', zh: '`,` 或 `}`' },
  'callArgs/RParen': { en: '`,` or `)`', zh: '`,` 或 `)`' },
  'tierExpr/RCurly': {
    en: 'a tier branch such as `>= 90% -> 100`, `else` or `}`', zh: '分档分支（如 `>= 90% -> 100`）、`else` 或 `}`',
  },
  'tierBranch/Arrow': { en: '`->` after the threshold', zh: '阈值后的 `->`' },
  'tierElse/Arrow': { en: '`->` after `else`', zh: '`else` 后的 `->`' },
  'alertDecl/KwNotify': { en: '`notify` after the alert condition', zh: '告警条件后的 `notify`' },
  'alertDecl/KwWhen': { en: '`when` and the alert condition', zh: '`when` 和告警条件' },
  'eligibleDecl/KwWhen': { en: '`when` after `eligible`', zh: '`eligible` 后的 `when`' },
  'targetDecl/CompareOp': { en: 'a comparison such as `>=` after the metric name', zh: '指标名称后的比较运算符（如 `>=`）' },
  'activeRange/DotDot': { en: '`..` between the two dates', zh: '两个日期之间的 `..`' },
};

const encode = (code: SyntaxPayload['code'], args: Record<string, string>, expected: readonly TokenType[], rule?: string): string =>
  JSON.stringify({ code, args, expected: expected.map((t) => t.name), rule } satisfies SyntaxPayload);

const expectedFound = (expected: Words, found: IToken | undefined, types: readonly TokenType[], rule?: string): string => {
  const f = foundWords(found);
  return encode('YS010', { expected: expected.en, expectedZh: expected.zh, found: f.en, foundZh: f.zh }, types, rule);
};

/** Something outside any block: a stray closing bracket is just "unexpected"; anything else wants a block. */
function topLevel(found: IToken): string {
  const f = foundWords(found);
  if (found.tokenType === RCurly || found.tokenType === RParen) return encode('YS011', { found: f.en, foundZh: f.zh }, []);
  return expectedFound({ en: '`scorecard` or `compensation`', zh: '`scorecard` 或 `compensation`' }, found, []);
}

/** "a name after `metric`": the previous keyword says which name was missing. */
function nameWords(previous: IToken | undefined): Words {
  if (!previous || !previous.tokenType.CATEGORIES?.includes(Keyword)) return { en: 'a name', zh: '名称' };
  return { en: `a name after \`${previous.image}\``, zh: `\`${previous.image}\` 后面的名称` };
}

/** The words for a rule that failed to start (no alternative or no first iteration matched). */
function ruleWords(ruleName: string, previous: IToken | undefined, paths: readonly TokenType[][]): Words {
  if (ruleName === 'name') return nameWords(previous);
  if (ruleName === 'scorecardItem') return SCORECARD_ITEM;
  if (ruleName === 'compensationItem') return COMPENSATION_ITEM;
  if (ruleName === 'document') return { en: '`scorecard` or `compensation`', zh: '`scorecard` 或 `compensation`' };
  if (EXPRESSION_RULES.has(ruleName)) return EXPRESSION;
  return oneOf(paths.map((path) => expectedWords(path[0])));
}

const EXPRESSION_RULES = new Set(['expression', 'arithmetic', 'primary', 'argument']);

export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    if (expected === EOF) return topLevel(actual);
    const words = IN_CONTEXT[`${ruleName}/${expected.name}`] ?? expectedWords(expected);
    return expectedFound(words, actual, [expected], ruleName);
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return topLevel(firstRedundant);
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }) {
    const paths = expectedPathsPerAlt.flat();
    return expectedFound(ruleWords(ruleName, previous, paths), actual[0], paths.map((p) => p[0]));
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }) {
    return expectedFound(ruleWords(ruleName, previous, expectedIterationPaths), actual[0],
      expectedIterationPaths.map((p) => p[0]));
  },
};

/** Reads a payload back; anything unexpected (a message Chevrotain built itself) becomes a plain YS011. */
export function decodePayload(message: string): SyntaxPayload {
  try {
    const parsed = JSON.parse(message) as SyntaxPayload;
    if (parsed && (parsed.code === 'YS010' || parsed.code === 'YS011')) return parsed;
  } catch {
    // fall through: not one of ours
  }
  return { code: 'YS011', args: { found: message, foundZh: message }, expected: [] };
}
