// Tokens named in plain words, English and Chinese, for syntax messages ("expected a number but found `}`").
import { EOF, type IToken, type TokenType } from 'chevrotain';
import {
  AnyString, ArithOp, Arrow, BadNumber, BinaryOp, Colon, Comma, CompareOp, DateLit, Dot, DotDot, DurationLit, Equals,
  EqEq, Greater, GreaterEq, Identifier, Keyword, KEYWORDS, LCurly, Less, LessEq, LParen, Minus, NotEq, NumberLit,
  PercentLit, Plus, PrefixOp, RCurly, RParen, Slash, Star, StringLit, TierOp, UnterminatedString,
} from '../lexer/tokens';

export interface Words {
  readonly en: string;
  readonly zh: string;
}

const same = (text: string): Words => ({ en: text, zh: text });
const code = (text: string): Words => same(`\`${text}\``);

const WORDS = new Map<TokenType, Words>([
  [EOF, { en: 'the end of the file', zh: '文件末尾' }],
  [Identifier, { en: 'a name', zh: '名称' }],
  [Keyword, { en: 'a keyword', zh: '关键字' }],
  [NumberLit, { en: 'a number', zh: '数字' }],
  [BadNumber, { en: 'a number', zh: '数字' }],
  [PercentLit, { en: 'a percentage such as `90%`', zh: '百分比（如 `90%`）' }],
  [DurationLit, { en: 'a duration such as `30s`', zh: '时长（如 `30s`）' }],
  [AnyString, { en: 'a string', zh: '字符串' }],
  [StringLit, { en: 'a string', zh: '字符串' }],
  [UnterminatedString, { en: 'a string', zh: '字符串' }],
  [DateLit, { en: 'a date such as `2026-11-01`', zh: '日期（如 `2026-11-01`）' }],
  [CompareOp, { en: 'a comparison such as `>=` or `==`', zh: '比较运算符（如 `>=`、`==`）' }],
  [TierOp, { en: '`>=`, `>`, `<=` or `<`', zh: '`>=`、`>`、`<=` 或 `<`' }],
  [BinaryOp, { en: 'an operator', zh: '运算符' }],
  [ArithOp, { en: '`+`, `-`, `*` or `/`', zh: '`+`、`-`、`*` 或 `/`' }],
  [PrefixOp, { en: '`not` or `-`', zh: '`not` 或 `-`' }],
  [Arrow, code('->')], [DotDot, code('..')], [Dot, code('.')], [Colon, code(':')], [Comma, code(',')],
  [LParen, code('(')], [RParen, code(')')], [LCurly, code('{')], [RCurly, code('}')],
  [EqEq, code('==')], [NotEq, code('!=')], [LessEq, code('<=')], [GreaterEq, code('>=')], [Less, code('<')],
  [Greater, code('>')], [Equals, code('=')], [Plus, code('+')], [Minus, code('-')], [Star, code('*')], [Slash, code('/')],
  ...Object.entries(KEYWORDS).map(([word, type]): [TokenType, Words] => [type, code(word)]),
]);

/** What kind of token was expected, in words. */
export const expectedWords = (type: TokenType): Words => WORDS.get(type) ?? code(type.name);

const MAX_SHOWN = 24;

/** The token actually found, quoted as written (shortened), or "the end of the file". */
export function foundWords(token: IToken | undefined): Words {
  if (!token || token.tokenType === EOF) return WORDS.get(EOF)!;
  const image = token.image.length > MAX_SHOWN ? `${token.image.slice(0, MAX_SHOWN)}…` : token.image;
  return code(image);
}

/** Joins alternatives: "a, b or c" / "a、b 或 c". */
export function oneOf(options: readonly Words[]): Words {
  const unique = options.filter((w, i) => options.findIndex((o) => o.en === w.en) === i);
  if (unique.length <= 1) return unique[0] ?? same('');
  const head = unique.slice(0, -1);
  const last = unique[unique.length - 1];
  return {
    en: `${head.map((w) => w.en).join(', ')} or ${last.en}`,
    zh: `${head.map((w) => w.zh).join('、')} 或 ${last.zh}`,
  };
}
