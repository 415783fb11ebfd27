// Where the cursor is, read from the tokens before it rather than from the tree: while a line is half typed
// the tree is at its least reliable, but the tokens to the left still tell which block, item and call we are in.
import type { Span } from '../ast/nodes';
import { tokenize, type HighlightToken } from '../lexer/lexer';
import { AGGREGATES } from '../functions';

export interface Tok {
  readonly category: HighlightToken['category'];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly span: Span;
}

export type Frame =
  | { readonly kind: 'block'; readonly keyword: 'scorecard' | 'compensation'; readonly start: number }
  | { readonly kind: 'profile' | 'tier' | 'brace' | 'paren' }
  | { readonly kind: 'call'; readonly name: string; argIndex: number };

export interface CursorContext {
  /** the word under the cursor (possibly empty) and the range a completion replaces */
  readonly word: { readonly text: string; readonly start: number; readonly end: number };
  /** significant tokens before the word, nearest first */
  readonly before: readonly Tok[];
  readonly inCommentOrString: boolean;
  /** open blocks, braces and parentheses at the cursor, outermost first */
  readonly frames: readonly Frame[];
  /** the keyword of the item the cursor is in (`metric`, `target`, …), if any */
  readonly item?: string;
  readonly tokens: readonly Tok[];
}

const ITEM_KEYWORDS = new Set([
  'period', 'subject', 'missing', 'eligible', 'field', 'metric', 'kpi', 'target', 'profile', 'alert',
  'scorecard', 'payout', 'cap', 'floor',
]);

export function allTokens(source: string): Tok[] {
  return tokenize(source).map((t) => ({ category: t.category, text: t.text, start: t.span.start.offset, end: t.span.end.offset, span: t.span }));
}

const isWord = (t: Tok): boolean => t.category === 'identifier' || t.category === 'keyword';

export function cursorContext(source: string, offset: number, tokens: readonly Tok[] = allTokens(source)): CursorContext {
  const at = Math.max(0, Math.min(offset, source.length));
  const around = tokens.find((t) => t.start < at && at <= t.end);
  const inCommentOrString = !!around && (around.category === 'comment' || (around.category === 'string' && (at < around.end || !around.text.endsWith('"') || around.text.length === 1)));
  const wordTok = around && isWord(around) ? around : undefined;
  const word = wordTok ? { text: source.slice(wordTok.start, at), start: wordTok.start, end: wordTok.end } : { text: '', start: at, end: at };
  const significant = tokens.filter((t) => t.category !== 'comment' && t.end <= word.start);
  const { frames, item } = scanFrames(significant);
  return { word, before: [...significant].reverse(), inCommentOrString, frames, item, tokens };
}

/** Replays the tokens before the cursor, tracking blocks, braces, calls and the current item. */
function scanFrames(tokens: readonly Tok[]): { frames: Frame[]; item?: string } {
  const frames: Frame[] = [];
  let item: string | undefined;
  let closedTier = false;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const top = frames[frames.length - 1];
    const wasClosedTier = closedTier;
    closedTier = false;
    if (t.text === '{') frames.push(openBrace(frames, item, wasClosedTier, tokens, i));
    else if (t.text === '}') item = closeUntil(frames, (f) => f.kind !== 'paren' && f.kind !== 'call') === 'block' ? undefined : item;
    else if (t.text === '(') frames.push(prev && isWord(prev) ? { kind: 'call', name: prev.text, argIndex: 0 } : { kind: 'paren' });
    else if (t.text === ')') closedTier = closeCall(frames) === 'tier';
    else if (t.text === ',' && top?.kind === 'call') top.argIndex += 1;
    else if (t.category === 'keyword' && (t.text === 'scorecard' || t.text === 'compensation') && !frames.some((f) => f.kind === 'block')) item = t.text;
    else if (t.category === 'keyword' && ITEM_KEYWORDS.has(t.text) && top?.kind === 'block') item = t.text;
  });
  return { frames, item };
}

function openBrace(frames: readonly Frame[], item: string | undefined, afterTier: boolean, tokens: readonly Tok[], i: number): Frame {
  if (afterTier) return { kind: 'tier' };
  if (!frames.some((f) => f.kind === 'block')) {
    const keyword = tokens.slice(0, i).reverse().find((t) => t.text === 'scorecard' || t.text === 'compensation');
    return { kind: 'block', keyword: (keyword?.text ?? 'scorecard') as 'scorecard' | 'compensation', start: keyword?.start ?? tokens[i].start };
  }
  return item === 'profile' && frames[frames.length - 1]?.kind === 'block' ? { kind: 'profile' } : { kind: 'brace' };
}

/** Pops frames up to and including the first that `matches`; returns its kind (or undefined when none matched). */
function closeUntil(frames: Frame[], matches: (f: Frame) => boolean): Frame['kind'] | undefined {
  const index = frames.map(matches).lastIndexOf(true);
  if (index < 0) return undefined;
  const kind = frames[index].kind;
  frames.length = index;
  return kind;
}

/** Closes the innermost parenthesis or call (never past a brace); `tier` when it closed `tier(…)`. */
function closeCall(frames: Frame[]): string | undefined {
  const top = frames[frames.length - 1];
  if (!top || (top.kind !== 'paren' && top.kind !== 'call')) return undefined;
  frames.pop();
  return top.kind === 'call' ? top.name : undefined;
}

/** The innermost call the cursor is an argument of, looking through parentheses but not through braces. */
export function enclosingCalls(frames: readonly Frame[]): Extract<Frame, { kind: 'call' }>[] {
  const out: Extract<Frame, { kind: 'call' }>[] = [];
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (f.kind === 'call') out.push(f);
    else if (f.kind !== 'paren') break;
  }
  return out;
}

/** True inside the argument of an aggregate such as count(…) or avg(…): bare names are record fields there. */
export function inAggregate(ctx: CursorContext): boolean {
  return ctx.frames.some((f) => f.kind === 'call' && AGGREGATES.has(f.name) && !isGroupCall(f.name) && (ctx.item === 'metric' || !['min', 'max'].includes(f.name)));
}

const isGroupCall = (name: string): boolean => name === 'team' || name === 'org';

export const blockFrame = (ctx: CursorContext): Extract<Frame, { kind: 'block' }> | undefined =>
  ctx.frames.find((f): f is Extract<Frame, { kind: 'block' }> => f.kind === 'block');
