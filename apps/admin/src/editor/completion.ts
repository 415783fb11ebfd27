import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import type { CompletionItem, Lang } from '@yardstick/dsl';
import { completionAt, WORD } from './completion-items';
import { renderDoc } from './hover';

// Completion from the language's own `completions`: what may be typed at the cursor (fields inside an
// aggregate, metrics and kpis elsewhere, functions, units after `as`, keywords), replacing the word
// `completionRange` says the cursor is in (completion-items.ts decides when to ask).

/** CodeMirror's icon types for the language's completion kinds. */
const TYPE_OF_KIND: Readonly<Record<CompletionItem['kind'], string>> = {
  keyword: 'keyword', field: 'property', metric: 'variable', kpi: 'variable', function: 'function', unit: 'type',
  attribute: 'property', profile: 'class', period: 'enum', subject: 'enum', scorecard: 'namespace',
};

export function toCompletion(item: CompletionItem): Completion {
  return {
    label: item.label,
    type: TYPE_OF_KIND[item.kind] ?? 'text',
    detail: item.detail,
    info: item.documentation ? () => renderDoc(item.documentation) : undefined,
  };
}

export function dslCompletionSource(lang: () => Lang) {
  return (context: CompletionContext): CompletionResult | null => {
    const answer = completionAt(context.state.doc.toString(), context.pos, context.explicit, lang());
    return answer && { from: answer.from, to: answer.to, options: answer.items.map(toCompletion), validFor: WORD };
  };
}

export function dslCompletion(lang: () => Lang): Extension {
  return autocompletion({ override: [dslCompletionSource(lang)], activateOnTyping: true, icons: true });
}
