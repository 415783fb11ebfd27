import { semanticTokens, type SemanticToken } from '@yardstick/dsl';

// Highlighting comes from the language's own lexer (`semanticTokens`: the lexer's token categories, with names
// told apart by role), never from a second grammar in the editor: what is coloured as a keyword is exactly what
// the parser reads as one. This file turns those tokens into class ranges; highlight.ts puts them on screen.

export interface ClassRange {
  from: number;
  to: number;
  className: string;
}

/** CSS class of each token category (`ys-tok-keyword`…); categories without a colour get none. */
export const CLASS_OF_CATEGORY: Readonly<Record<SemanticToken['category'], string | null>> = {
  keyword: 'ys-tok-keyword',
  identifier: 'ys-tok-name',
  number: 'ys-tok-number',
  percent: 'ys-tok-number',
  duration: 'ys-tok-number',
  date: 'ys-tok-number',
  string: 'ys-tok-string',
  comment: 'ys-tok-comment',
  operator: 'ys-tok-operator',
  punctuation: null,
  function: 'ys-tok-function',
  attribute: 'ys-tok-attribute',
  metric: 'ys-tok-metric',
  kpi: 'ys-tok-kpi',
  field: 'ys-tok-field',
  unit: 'ys-tok-unit',
};

/** The class ranges of `source`, in order, non-overlapping. */
export function highlightRanges(source: string): ClassRange[] {
  const out: ClassRange[] = [];
  let last = 0;
  for (const token of semanticTokens(source)) {
    const className = CLASS_OF_CATEGORY[token.category];
    const { offset: from } = token.span.start;
    const to = Math.min(token.span.end.offset, source.length);
    if (!className || to <= from || from < last) continue;
    out.push({ from, to, className });
    last = to;
  }
  return out;
}
