// Tokens for highlighting: the lexer's categories, with names told apart by role where the tokens show it —
// a call's name is a function, the word after `agent.` an attribute, a declared metric or kpi its kind.
import type { Span } from '../ast/nodes';
import type { TokenCategory } from '../lexer/tokens';
import { allTokens, type Tok } from './cursor-context';

export type SemanticCategory = TokenCategory | 'function' | 'attribute' | 'metric' | 'kpi' | 'field' | 'unit';

export interface SemanticToken {
  readonly category: SemanticCategory;
  readonly text: string;
  readonly span: Span;
}

const DECLARES: Readonly<Record<string, 'metric' | 'kpi' | 'field'>> = { metric: 'metric', kpi: 'kpi', field: 'field' };

/** Every token of the source with its highlighting category; comments included. Never throws. */
export function semanticTokens(source: string): SemanticToken[] {
  try {
    const tokens = allTokens(source);
    const code = tokens.filter((t) => t.category !== 'comment');
    const declared = new Map<string, 'metric' | 'kpi' | 'field'>();
    code.forEach((t, i) => {
      const kind = t.category === 'keyword' ? DECLARES[t.text] : undefined;
      if (kind && code[i + 1]?.category === 'identifier' && !declared.has(code[i + 1].text)) declared.set(code[i + 1].text, kind);
    });
    const roles = new Map<number, SemanticCategory>();
    code.forEach((t, i) => {
      if (t.category === 'identifier') roles.set(t.start, roleOf(t, code[i - 1], code[i + 1], declared));
    });
    return tokens.map((t) => ({ category: roles.get(t.start) ?? t.category, text: t.text, span: t.span }));
  } catch {
    return [];
  }
}

function roleOf(t: Tok, prev: Tok | undefined, next: Tok | undefined, declared: ReadonlyMap<string, 'metric' | 'kpi' | 'field'>): SemanticCategory {
  if (next?.text === '(') return 'function';
  if (prev?.text === '.') return 'attribute';
  if (prev?.text === 'as' && prev.category === 'keyword') return 'unit';
  return declared.get(t.text) ?? 'identifier';
}
