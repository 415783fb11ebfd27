// The token vocabulary of the scorecard language. Order in `ALL_TOKENS` is the lexer's priority:
// comments before `/`, dates before numbers, `..` before `.`, two-character operators before one-character ones,
// and every keyword before `Identifier` with `longer_alt` so `periodic` or `notable` stay identifiers.
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { RESERVED_WORDS } from '../fields';

export type TokenCategory =
  | 'keyword' | 'identifier' | 'number' | 'percent' | 'duration' | 'string' | 'date' | 'comment' | 'operator'
  | 'punctuation';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\f\v\u00a0\ufeff]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /(?:#|\/\/)[^\r\n]*/, group: 'comments' });

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/ });
/** Category shared by every reserved word, so a name position can accept one and report YS015. */
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA });

const keywordName = (word: string): string => `Kw${word[0].toUpperCase()}${word.slice(1)}`;

/**
 * Operator categories the parser matches on. Expressions are parsed flat (operands and operators in a row) and
 * the AST builder applies precedence: far fewer CST nodes per operand than one grammar rule per level.
 */
export const BinaryOp = createToken({ name: 'BinaryOp', pattern: Lexer.NA });
export const ArithOp = createToken({ name: 'ArithOp', pattern: Lexer.NA });
export const PrefixOp = createToken({ name: 'PrefixOp', pattern: Lexer.NA });
export const CompareOp = createToken({ name: 'CompareOp', pattern: Lexer.NA });
export const TierOp = createToken({ name: 'TierOp', pattern: Lexer.NA });

const KEYWORD_CATEGORIES: Readonly<Record<string, TokenType[]>> = { and: [BinaryOp], or: [BinaryOp], not: [PrefixOp] };

/** One token per reserved word; `KEYWORDS.metric` is the `metric` token. */
export const KEYWORDS: Readonly<Record<string, TokenType>> = Object.fromEntries(
  RESERVED_WORDS.map((word) => [
    word,
    createToken({
      name: keywordName(word), pattern: new RegExp(word), longer_alt: Identifier,
      categories: [Keyword, ...(KEYWORD_CATEGORIES[word] ?? [])],
    }),
  ]),
);

const NOT_IDENT_CHAR = '(?![A-Za-z0-9_])';
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export const DateLit = createToken({
  name: 'DateLit', pattern: new RegExp(`\\d{4}-\\d{2}-\\d{2}${NOT_IDENT_CHAR}`), start_chars_hint: DIGITS,
});
export const DurationLit = createToken({
  name: 'DurationLit', pattern: new RegExp(`\\d+(?:\\.\\d+)?[smhd]${NOT_IDENT_CHAR}`), start_chars_hint: DIGITS,
});
export const PercentLit = createToken({ name: 'PercentLit', pattern: /\d+(?:\.\d+)?%/ });
/** `12abc`, `1.2.3`, `30sec`: lexed whole so the mistake is reported once (YS003) and parsing goes on. */
export const BadNumber = createToken({
  name: 'BadNumber', pattern: /\d+\.\d+(?:\.\d+)+[A-Za-z0-9_]*|\d+(?:\.\d+)?[A-Za-z_][A-Za-z0-9_]*/, start_chars_hint: DIGITS,
});
export const NumberLit = createToken({ name: 'NumberLit', pattern: /\d+(?:\.\d+)?/ });
/** Category of both string tokens: the parser reads an unterminated string as a string (YS002 is already reported). */
export const AnyString = createToken({ name: 'AnyString', pattern: Lexer.NA });
export const StringLit = createToken({ name: 'StringLit', pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/, categories: [AnyString] });
/** A string missing its closing quote before the end of the line: YS002, then parsed as a string. */
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/, categories: [AnyString] });

export const Arrow = createToken({ name: 'Arrow', pattern: /->/ });
export const DotDot = createToken({ name: 'DotDot', pattern: /\.\./ });
export const Dot = createToken({ name: 'Dot', pattern: /\./ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const LCurly = createToken({ name: 'LCurly', pattern: /\{/ });
export const RCurly = createToken({ name: 'RCurly', pattern: /\}/ });

export const EqEq = createToken({ name: 'EqEq', pattern: /==/, categories: [CompareOp, BinaryOp] });
export const NotEq = createToken({ name: 'NotEq', pattern: /!=/, categories: [CompareOp, BinaryOp] });
export const LessEq = createToken({ name: 'LessEq', pattern: /<=/, categories: [CompareOp, TierOp, BinaryOp] });
export const GreaterEq = createToken({ name: 'GreaterEq', pattern: />=/, categories: [CompareOp, TierOp, BinaryOp] });
export const Less = createToken({ name: 'Less', pattern: /</, categories: [CompareOp, TierOp, BinaryOp] });
export const Greater = createToken({ name: 'Greater', pattern: />/, categories: [CompareOp, TierOp, BinaryOp] });
export const Equals = createToken({ name: 'Equals', pattern: /=/ });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, categories: [ArithOp, BinaryOp] });
export const Minus = createToken({ name: 'Minus', pattern: /-/, categories: [ArithOp, BinaryOp, PrefixOp] });
export const Star = createToken({ name: 'Star', pattern: /\*/, categories: [ArithOp, BinaryOp] });
export const Slash = createToken({ name: 'Slash', pattern: /\//, categories: [ArithOp, BinaryOp] });

export const ALL_TOKENS: TokenType[] = [
  WhiteSpace, Comment,
  DateLit, DurationLit, PercentLit, BadNumber, NumberLit, AnyString, StringLit, UnterminatedString,
  Keyword, ...Object.values(KEYWORDS), Identifier,
  Arrow, DotDot, Dot, Colon, Comma, LParen, RParen, LCurly, RCurly,
  BinaryOp, ArithOp, PrefixOp, CompareOp, TierOp,
  EqEq, NotEq, LessEq, GreaterEq, Less, Greater, Equals, Plus, Minus, Star, Slash,
];

/**
 * Each operator token's text as a constant. The AST holds these rather than the token's image: an image is a
 * piece of the source (two-byte when the source has any non-Latin-1 character), and every later table lookup
 * keyed by it (precedence, printing, code generation) would first have to find its interned twin.
 */
export const OPERATOR_TEXT: ReadonlyMap<TokenType, string> = new Map<TokenType, string>([
  [EqEq, '=='], [NotEq, '!='], [LessEq, '<='], [GreaterEq, '>='], [Less, '<'], [Greater, '>'], [Plus, '+'],
  [Minus, '-'], [Star, '*'], [Slash, '/'], [KEYWORDS.and, 'and'], [KEYWORDS.or, 'or'], [KEYWORDS.not, 'not'],
]);

/** The operator a token spells, as a constant string (see OPERATOR_TEXT). */
export const operatorText = (token: { readonly tokenType: TokenType; readonly image: string }): string =>
  OPERATOR_TEXT.get(token.tokenType) ?? token.image;

const CATEGORY_BY_TOKEN = new Map<TokenType, TokenCategory>([
  [Comment, 'comment'], [DateLit, 'date'], [DurationLit, 'duration'], [PercentLit, 'percent'], [BadNumber, 'number'],
  [NumberLit, 'number'], [StringLit, 'string'], [UnterminatedString, 'string'], [Identifier, 'identifier'],
  [Arrow, 'operator'], [DotDot, 'operator'], [Dot, 'punctuation'], [Colon, 'punctuation'], [Comma, 'punctuation'],
  [LParen, 'punctuation'], [RParen, 'punctuation'], [LCurly, 'punctuation'], [RCurly, 'punctuation'],
  ...[EqEq, NotEq, LessEq, GreaterEq, Less, Greater, Equals, Plus, Minus, Star, Slash].map(
    (t): [TokenType, TokenCategory] => [t, 'operator']),
  ...Object.values(KEYWORDS).map((t): [TokenType, TokenCategory] => [t, 'keyword']),
]);

export const categoryOf = (type: TokenType): TokenCategory => CATEGORY_BY_TOKEN.get(type) ?? 'punctuation';
