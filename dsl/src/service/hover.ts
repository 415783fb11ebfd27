// Hover for the scorecard editor: what the word under the cursor is — a metric or kpi with its unit, label and
// definition, a record field with its type, a function with its signature, a unit or a keyword explained.
import type { Span } from '../ast/nodes';
import { AGENT_ATTRIBUTES, BUILTIN_FIELDS } from '../fields';
import { AGGREGATES, GROUPS, SCALAR_FUNCTIONS, type FunctionDef } from '../functions';
import { allTokens, blockFrame, cursorContext, inAggregate, type CursorContext, type Tok } from './cursor-context';
import { KEYWORD_DOCS, KIND_NAMES, MISSING_DOCS, PERIOD_DOCS, pick, SUBJECT_DOCS, TYPE_NAMES, UNIT_DOCS, type Lang } from './docs';
import { blockSymbols, type DeclaredSymbol } from './symbols';

export interface Hover {
  /** the word the hover is about */
  readonly span: Span;
  /** Markdown: a title line, then details */
  readonly text: string;
}

/** What the word at `offset` is, or null when there is nothing to say. Never throws. */
export function hover(source: string, offset: number, lang: Lang = 'en'): Hover | null {
  try {
    const tokens = allTokens(source);
    const token = tokens.find((t) => t.start <= offset && offset < t.end) ?? tokens.find((t) => t.end === offset);
    if (!token) return null;
    const text = describe(source, token, tokens, lang);
    return text ? { span: token.span, text } : null;
  } catch {
    return null;
  }
}

function describe(source: string, token: Tok, tokens: readonly Tok[], lang: Lang): string | undefined {
  if (token.category === 'percent' || token.category === 'duration') return literal(token, lang);
  if (token.category === 'keyword') return keyword(token.text, lang);
  if (token.category !== 'identifier') return undefined;
  const significant = tokens.filter((t) => t.category !== 'comment');
  const ctx = cursorContext(source, token.start, tokens);
  const next = significant[significant.findIndex((t) => t.start === token.start) + 1];
  return settingValue(token.text, ctx, lang)
    ?? (next?.text === '(' ? functionDoc(token.text, lang) : undefined)
    ?? (next?.text === '.' ? namespace(token.text, lang) : undefined)
    ?? symbol(source, token.text, ctx, significant, lang);
}

const title = (name: string, what: string): string => `**${name}** — ${what}`;

function keyword(word: string, lang: Lang): string | undefined {
  const doc = KEYWORD_DOCS[word];
  return doc ? `${title(word, pick(KIND_NAMES.keyword, lang))}\n\n${doc[lang]}` : undefined;
}

function literal(token: Tok, lang: Lang): string {
  const n = Number.parseFloat(token.text);
  if (token.category === 'percent') return `${title(token.text, pick(TYPE_NAMES.percent, lang))}\n\n= ${n / 100}`;
  const seconds = n * ({ s: 1, m: 60, h: 3600, d: 86400 }[token.text.slice(-1)] ?? 1);
  return `${title(token.text, pick(TYPE_NAMES.duration, lang))}\n\n= ${seconds} ${lang === 'zh' ? '秒' : 'seconds'}`;
}

/** The word after `as`, `period`, `subject`, `missing`, `field x:` or `agent.`. */
function settingValue(word: string, ctx: CursorContext, lang: Lang): string | undefined {
  const [prev, prev2, prev3] = ctx.before;
  const docs = { as: UNIT_DOCS, period: PERIOD_DOCS, subject: SUBJECT_DOCS, missing: MISSING_DOCS }[prev?.text ?? ''];
  if (prev?.category === 'keyword' && docs) {
    const kind = prev.text === 'as' ? KIND_NAMES.unit : prev.text === 'missing' ? KEYWORD_DOCS.missing : KIND_NAMES[prev.text];
    return docs[word] ? `${title(word, prev.text === 'missing' ? 'missing' : pick(kind, lang))}\n\n${docs[word][lang]}` : undefined;
  }
  if (prev?.text === ':' && prev3?.text === 'field') return `${title(word, pick(KIND_NAMES.unit, lang))}\n\n${pick(TYPE_NAMES[word], lang)}`;
  if (prev?.text === '.' && prev2?.text === 'agent') {
    const type = AGENT_ATTRIBUTES[word];
    const what = type ? pick(TYPE_NAMES[type], lang) : lang === 'zh' ? '自定义属性' : 'custom attribute';
    return `${title(`agent.${word}`, pick(KIND_NAMES.attribute, lang))}\n\n${what}`;
  }
  return undefined;
}

function functionDoc(name: string, lang: Lang): string | undefined {
  const defs: FunctionDef[] = [SCALAR_FUNCTIONS.get(name), AGGREGATES.get(name), GROUPS.get(name)].filter((f): f is FunctionDef => !!f);
  if (defs.length === 0) return undefined;
  const kind = (f: FunctionDef): string => pick(f.kind === 'aggregate' ? KIND_NAMES.aggregate : KIND_NAMES.function, lang);
  return defs.map((f) => `${title(name, kind(f))}\n\n\`${f.signature}\`\n\n${f.doc[lang]}`).join('\n\n---\n\n');
}

function namespace(name: string, lang: Lang): string | undefined {
  if (name !== 'agent' && name !== 'team' && name !== 'group') return undefined;
  const en = `Attributes of the ${name} being scored.`;
  const zh = `被评分${{ agent: '坐席', team: '团队', group: '组' }[name]}的属性。`;
  return `${title(name, pick(KIND_NAMES.attribute, lang))}\n\n${lang === 'zh' ? zh : en}`;
}

/** A bare name: a record field inside an aggregate, a metric or kpi elsewhere (a field if nothing else fits). */
function symbol(source: string, name: string, ctx: CursorContext, tokens: readonly Tok[], lang: Lang): string | undefined {
  const block = blockFrame(ctx);
  const symbols = block ? blockSymbols(source, tokens, block.start) : [];
  const field = fieldType(name, symbols);
  if (field && inAggregate(ctx)) return fieldDoc(name, field, lang);
  const declared = symbols.find((s) => s.name === name && (s.kind === 'metric' || s.kind === 'kpi'));
  if (declared) return metricDoc(declared, lang);
  return field ? fieldDoc(name, field, lang) : undefined;
}

function fieldType(name: string, symbols: readonly DeclaredSymbol[]): string | undefined {
  return BUILTIN_FIELDS[name] ?? symbols.find((s) => s.kind === 'field' && s.name === name)?.type;
}

function fieldDoc(name: string, type: string, lang: Lang): string {
  return `${title(name, pick(KIND_NAMES.field, lang))}\n\n${pick(TYPE_NAMES[type], lang) || type}`;
}

function metricDoc(s: DeclaredSymbol, lang: Lang): string {
  const unit = s.type ? ` · ${pick(TYPE_NAMES[s.type], lang) || s.type}` : '';
  const label = s.label ? ` "${s.label}"` : '';
  const definition = s.definition ? `\n\n\`\`\`kpi\n${s.definition}\n\`\`\`` : '';
  return `**${s.name}**${label} — ${pick(KIND_NAMES[s.kind], lang)}${unit}${definition}`;
}
