import { completionRange, completions, type CompletionItem, type Lang } from '@yardstick/dsl';

// When the editor asks the language for completions, and what it gets: pure, so the benchmark times exactly
// what the editor runs. Outside a word (after a space or an operator) the list opens only when asked
// (Ctrl-Space) or after `agent.`; inside a word CodeMirror keeps filtering the first answer while the word
// grows (`validFor`), so the language is asked once per word, not once per keystroke.

export const WORD = /^\w*$/;

export interface CompletionAnswer {
  from: number;
  to: number;
  items: CompletionItem[];
}

export function completionAt(source: string, pos: number, explicit: boolean, lang: Lang): CompletionAnswer | null {
  const range = completionRange(source, pos);
  if (range.from === range.to && !explicit && source[pos - 1] !== '.') return null;
  const items = completions(source, pos, lang);
  return items.length > 0 ? { from: range.from, to: range.to, items } : null;
}
