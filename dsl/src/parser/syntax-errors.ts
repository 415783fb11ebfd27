// Chevrotain's recognition errors → catalogue diagnostics. When a `)` or `}` is missing because the text moved
// on (the end of the file, the next item's keyword, or the other kind of closing bracket), the error is reported
// at the opening bracket left open (YS012), where the reader can see which one it is.
import { EOF, type IToken, type TokenType } from 'chevrotain';
import { diagnostic } from '../diagnostics/catalogue';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { LineMap } from '../lexer/positions';
import { tokenSpan } from '../lexer/lexer';
import { KEYWORDS as K, LCurly, LParen, RCurly, RParen } from '../lexer/tokens';
import { decodePayload } from './messages';

/** A syntax error as Chevrotain reports it: a message (our JSON payload, see messages.ts) and the token at fault. */
export interface SyntaxError {
  readonly message: string;
  readonly token: IToken;
}

const OPENER_OF: Readonly<Record<string, TokenType>> = { RParen: LParen, RCurly: LCurly };

const BLOCKS = new Set<TokenType>([K.scorecard, K.compensation]);
const ITEMS = new Set<TokenType>([
  K.period, K.subject, K.missing, K.eligible, K.field, K.metric, K.kpi, K.target, K.profile, K.alert, K.payout, K.cap,
  K.floor,
]);

/**
 * Did the writer move on, leaving the bracket open? At the end of the file, yes; at the next block, yes; at an
 * item keyword, yes unless the bracket is the block's own (an item keyword that reaches a block's `}` is one that
 * block does not take, not a new item); at a `}` while a `(` is open, yes.
 */
function movedOn(token: IToken, wanted: TokenType, rule: string | undefined): boolean {
  const type = token.tokenType;
  if (BLOCKS.has(type)) return true;
  if (ITEMS.has(type)) return rule !== 'scorecard' && rule !== 'compensation';
  return wanted === LParen && type === RCurly;
}

/** `errors` must be in source order: one sweep over the tokens tracks which brackets are open at each error. */
export function syntaxDiagnostics(errors: readonly SyntaxError[], tokens: readonly IToken[], lines: LineMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<number>();
  const open = new OpenBrackets(tokens);
  for (const error of errors) {
    const payload = decodePayload(error.message);
    const token = error.token;
    const atEnd = !token || token.tokenType === EOF || Number.isNaN(token.startOffset);
    const offset = atEnd ? lines.length : token.startOffset;
    const wanted = payload.code === 'YS010' ? payload.expected.map((name) => OPENER_OF[name]).find(Boolean) : undefined;
    const opener = wanted && (atEnd || movedOn(token, wanted, payload.rule)) ? open.innermost(wanted, offset) : undefined;
    const at = opener ? opener.startOffset : offset;
    if (seen.has(at)) continue;
    seen.add(at);
    if (opener) out.push(diagnostic('YS012', tokenSpan(lines, opener), { open: opener.image }));
    else out.push(diagnostic(payload.code, atEnd ? lines.endSpan() : tokenSpan(lines, token), payload.args));
  }
  return out;
}

/** The brackets open just before a given offset; offsets must be asked in increasing order. */
class OpenBrackets {
  private readonly stack: IToken[] = [];
  private next = 0;

  constructor(private readonly tokens: readonly IToken[]) {}

  innermost(type: TokenType, offset: number): IToken | undefined {
    for (; this.next < this.tokens.length && this.tokens[this.next].startOffset < offset; this.next++) {
      this.apply(this.tokens[this.next]);
    }
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].tokenType === type) return this.stack[i];
    return undefined;
  }

  /** `)` closes an open `(`; `}` closes the innermost `{` and any `(` left open inside it. */
  private apply(token: IToken): void {
    const type = token.tokenType;
    const top = this.stack.at(-1)?.tokenType;
    if (type === LParen || type === LCurly) this.stack.push(token);
    else if (type === RParen && top === LParen) this.stack.pop();
    else if (type === RCurly && this.stack.some((t) => t.tokenType === LCurly)) {
      while (this.stack.pop()?.tokenType !== LCurly) { /* drop the `(`s left open inside the block */ }
    }
  }
}
