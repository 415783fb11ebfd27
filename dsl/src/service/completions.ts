// Completion for the scorecard editor: what may be typed at the cursor, read from the tokens to its left.
// Pure and total: any source and any offset give a list (possibly empty), never an exception.
import { AGENT_ATTRIBUTES, BUILTIN_FIELDS, FIELD_TYPES } from '../fields';
import { AGGREGATES, GROUPS, SCALAR_FUNCTIONS, type FunctionDef } from '../functions';
import { blockFrame, cursorContext, enclosingCalls, inAggregate, type CursorContext, type Tok } from './cursor-context';
import {
  COMPENSATION_ITEM_KEYWORDS, KEYWORD_DOCS, KIND_NAMES, MISSING_DOCS, PERIOD_DOCS, pick, SCORECARD_ITEM_KEYWORDS,
  SUBJECT_DOCS, TOP_LEVEL_KEYWORDS, TYPE_NAMES, UNIT_DOCS, type Doc, type Lang,
} from './docs';
import { blockSymbols, scorecardNames, type DeclaredSymbol } from './symbols';

export type CompletionKind =
  | 'keyword' | 'field' | 'metric' | 'kpi' | 'function' | 'unit' | 'attribute' | 'profile' | 'period' | 'subject' | 'scorecard';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** one line: a signature, a type or a unit */
  readonly detail: string;
  readonly documentation: string;
}

/** The completions at `offset` (0-based, UTF-16) of `source`, in the reader's language. */
export function completions(source: string, offset: number, lang: Lang = 'en'): CompletionItem[] {
  try {
    const ctx = cursorContext(source, offset);
    if (ctx.inCommentOrString) return [];
    return dedupe(complete(source, ctx, lang));
  } catch {
    return [];
  }
}

/** The range a completion replaces: the word under the cursor (empty at a word boundary). */
export function completionRange(source: string, offset: number): { from: number; to: number } {
  try {
    const { word } = cursorContext(source, offset);
    return { from: word.start, to: Math.max(word.start, Math.min(offset, source.length)) };
  } catch {
    return { from: offset, to: offset };
  }
}

function complete(source: string, ctx: CursorContext, lang: Lang): CompletionItem[] {
  const [prev, prev2] = ctx.before;
  const after = afterWord(source, ctx, lang);
  if (after) return after;
  if (prev?.text === '.') return prev2?.text === 'agent' ? attributes(lang) : [];
  const top = ctx.frames[ctx.frames.length - 1];
  if (!blockFrame(ctx)) return keywords(TOP_LEVEL_KEYWORDS, lang);
  const symbols = symbolsOf(source, ctx);
  if (top?.kind === 'profile') return prev?.text === '{' || prev?.text === ',' ? profileKpis(symbols, ctx, lang) : [];
  if (top?.kind === 'block' && ctx.item === 'profile' && prev && prev.text !== '}' && prev.text !== '{') return profileHeader(ctx, lang);
  if (top?.kind === 'block' && (prev?.text === '{' || endsOperand(prev))) return itemStart(ctx, top.keyword, lang);
  if (top?.kind === 'tier' && (prev?.text === '{' || endsOperand(prev))) return keywords(['else'], lang);
  if (endsOperand(prev)) return continuation(ctx, lang);
  return expression(ctx, symbols, lang);
}

/** Positions fixed by the keyword right before the word: `as`, `period`, `subject`, `missing`, `field x:`. */
function afterWord(source: string, ctx: CursorContext, lang: Lang): CompletionItem[] | undefined {
  const [prev, prev2, prev3] = ctx.before;
  if (!prev) return undefined;
  if (prev.category === 'keyword') {
    switch (prev.text) {
      case 'as': return fromDocs(UNIT_DOCS, 'unit', KIND_NAMES.unit, lang);
      case 'period': return fromDocs(PERIOD_DOCS, 'period', KIND_NAMES.period, lang);
      case 'subject': return fromDocs(SUBJECT_DOCS, 'subject', KIND_NAMES.subject, lang);
      case 'missing': return fromDocs(MISSING_DOCS, 'keyword', KEYWORD_DOCS.missing, lang);
      case 'eligible': return keywords(['when'], lang);
      case 'target': return names(symbolsOf(source, ctx), ['metric', 'kpi'], lang);
      case 'metric': case 'kpi': case 'profile': case 'alert': case 'field': case 'compensation': case 'notify': return [];
      case 'scorecard': return blockFrame(ctx) ? scorecardNames(ctx.tokens.filter((t) => t.category !== 'comment')).map((name) => item(name, 'scorecard', pick(KIND_NAMES.scorecard, lang), '')) : [];
      default: return undefined;
    }
  }
  if (prev.text === ':' && prev3?.text === 'field' && prev2?.category === 'identifier') {
    return FIELD_TYPES.map((t) => item(t, 'unit', pick(TYPE_NAMES[t], lang), ''));
  }
  if (prev.text === ',' && ctx.item === 'alert' && enclosingCalls(ctx.frames).length === 0) return [];
  return undefined;
}

/** A token after which an operand is complete: a name, a literal, `)` or the `}` of a tier. */
function endsOperand(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.category === 'keyword') return ['true', 'false', 'null'].includes(t.text);
  return ['identifier', 'number', 'percent', 'duration', 'string', 'date'].includes(t.category) || t.text === ')' || t.text === '}';
}

function itemStart(ctx: CursorContext, block: 'scorecard' | 'compensation', lang: Lang): CompletionItem[] {
  const items = keywords(block === 'compensation' ? COMPENSATION_ITEM_KEYWORDS : SCORECARD_ITEM_KEYWORDS, lang);
  return [...continuation(ctx, lang), ...items];
}

/** Keywords that may follow a complete operand in the current item or call. */
function continuation(ctx: CursorContext, lang: Lang): CompletionItem[] {
  if (ctx.before[0]?.text === '{' || !EXPRESSION_ITEMS.has(ctx.item ?? '')) return [];
  const words = ['and', 'or'];
  const calls = enclosingCalls(ctx.frames);
  if (calls.length > 0) {
    if (inAggregate(ctx) && calls[0].argIndex === 0) words.push('where');
  } else if (ctx.item === 'metric' || ctx.item === 'kpi') words.push('as');
  else if (ctx.item === 'target') words.push('when');
  else if (ctx.item === 'alert') words.push('notify');
  if (currentItemTokens(ctx).some((t) => t.text === 'if')) words.push('then', 'else');
  return keywords(words, lang);
}

/** Tokens of the current item before the cursor, nearest first (up to its keyword). */
function currentItemTokens(ctx: CursorContext): readonly Tok[] {
  const end = ctx.before.findIndex((t) => t.category === 'keyword' && ITEM_START.has(t.text));
  return end < 0 ? ctx.before : ctx.before.slice(0, end);
}

/** The metric or kpi whose definition the cursor is in: not offered in its own definition. */
function definedName(ctx: CursorContext): string | undefined {
  const tokens = currentItemTokens(ctx);
  const keyword = ctx.before[tokens.length];
  return keyword && (keyword.text === 'metric' || keyword.text === 'kpi') ? tokens[tokens.length - 1]?.text : undefined;
}

const ITEM_START = new Set([...SCORECARD_ITEM_KEYWORDS, ...COMPENSATION_ITEM_KEYWORDS]);

const EXPRESSION_ITEMS = new Set(['eligible', 'metric', 'kpi', 'target', 'alert', 'payout', 'cap', 'floor']);

/** `profile p "label" |`: the header words not written yet. */
function profileHeader(ctx: CursorContext, lang: Lang): CompletionItem[] {
  const header = currentItemTokens(ctx).map((t) => t.text);
  if (header.includes('active')) return [];
  return keywords(header.includes('default') ? ['active'] : ['default', 'active'], lang);
}

function expression(ctx: CursorContext, symbols: readonly DeclaredSymbol[], lang: Lang): CompletionItem[] {
  const literals = keywords(['not', 'if', 'true', 'false', 'null'], lang);
  const calls = enclosingCalls(ctx.frames);
  if (calls[0] && (calls[0].name === 'team' || calls[0].name === 'org')) return names(symbols, ['metric'], lang);
  if (inAggregate(ctx)) return [...fields(symbols, lang), ...functions([...SCALAR_FUNCTIONS.values()], lang), ...literals];
  const inCompensation = blockFrame(ctx)?.keyword === 'compensation';
  const fns: FunctionDef[] = [...SCALAR_FUNCTIONS.values(), ...(ctx.item === 'metric' ? AGGREGATES.values() : []), ...(inCompensation ? [] : GROUPS.values())];
  const own = inCompensation
    ? [item('score', 'kpi', lang === 'zh' ? '评分卡得分' : 'the scorecard score', '')]
    : names(symbols, ['metric', 'kpi'], lang).filter((c) => c.label !== definedName(ctx));
  const agent = item('agent', 'attribute', 'agent.…', pick({ en: 'Attributes of the agent being scored.', zh: '被评分坐席的属性。' }, lang));
  return [...own, ...functions(fns, lang), agent, ...keywords(['tier'], lang), ...literals];
}

function symbolsOf(source: string, ctx: CursorContext): DeclaredSymbol[] {
  const block = blockFrame(ctx);
  return block ? blockSymbols(source, ctx.tokens.filter((t) => t.category !== 'comment'), block.start) : [];
}

function profileKpis(symbols: readonly DeclaredSymbol[], ctx: CursorContext, lang: Lang): CompletionItem[] {
  // kpis already weighted in this profile are not offered again
  const open = ctx.before.findIndex((t) => t.text === '{');
  const used = new Set(ctx.before.slice(0, Math.max(open, 0)).filter((t, i, all) => all[i - 1]?.text === ':' && t.category === 'identifier').map((t) => t.text));
  return names(symbols, ['kpi'], lang).filter((c) => !used.has(c.label));
}

function names(symbols: readonly DeclaredSymbol[], kinds: readonly ('metric' | 'kpi')[], lang: Lang): CompletionItem[] {
  return symbols.filter((s): s is DeclaredSymbol & { kind: 'metric' | 'kpi' } => (kinds as string[]).includes(s.kind)).map((s) => {
    const unit = s.type ? pick(TYPE_NAMES[s.type], lang) || s.type : '';
    return item(s.name, s.kind, [pick(KIND_NAMES[s.kind], lang), unit].filter(Boolean).join(' · '), [s.label, s.definition].filter(Boolean).join('\n'));
  });
}

function fields(symbols: readonly DeclaredSymbol[], lang: Lang): CompletionItem[] {
  const declared = symbols.filter((s) => s.kind === 'field').map((s) => [s.name, s.type ?? ''] as const);
  return [...Object.entries(BUILTIN_FIELDS), ...declared].map(([name, type]) =>
    item(name, 'field', pick(TYPE_NAMES[type], lang) || type, pick(KIND_NAMES.field, lang)));
}

const functions = (defs: readonly FunctionDef[], lang: Lang): CompletionItem[] =>
  defs.map((f) => item(f.name, 'function', f.signature, f.doc[lang]));

const attributes = (lang: Lang): CompletionItem[] =>
  Object.entries(AGENT_ATTRIBUTES).map(([name, type]) => item(name, 'attribute', pick(TYPE_NAMES[type], lang) || type, pick(KIND_NAMES.attribute, lang)));

const keywords = (words: readonly string[], lang: Lang): CompletionItem[] =>
  words.map((w) => item(w, 'keyword', pick(KIND_NAMES.keyword, lang), pick(KEYWORD_DOCS[w], lang)));

const fromDocs = (docs: Readonly<Record<string, Doc>>, kind: CompletionKind, detail: Doc, lang: Lang): CompletionItem[] =>
  Object.entries(docs).map(([name, doc]) => item(name, kind, pick(detail, lang), doc[lang]));

const item = (label: string, kind: CompletionKind, detail: string, documentation: string): CompletionItem => ({ label, kind, detail, documentation });

/** min and max are both scalar and aggregate: one entry per label and kind. */
function dedupe(items: readonly CompletionItem[]): CompletionItem[] {
  const seen = new Set<string>();
  return items.filter((c) => !seen.has(`${c.kind}:${c.label}`) && !!seen.add(`${c.kind}:${c.label}`));
}
