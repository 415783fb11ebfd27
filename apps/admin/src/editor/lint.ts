import { linter, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { check, type Diagnostic, type Lang } from '@yardstick/dsl';
import { serverOnly, toLintDiagnostics } from './lint-mapping';

// Diagnostics as the admin types: the language's `check` runs in the browser a short moment after each change
// (the same code and messages as the service, which checks again on save), every problem underlined at its
// exact span with its message in the reader's language on hover. Problems only the service can know (storage
// rules YS9xx, a refused publish) are shown beside them until the text changes.

export const LINT_DELAY_MS = 150;

/** Diagnostics from the service for the current text; any change to the text drops them. */
export const setServerDiagnostics = StateEffect.define<readonly Diagnostic[]>();

const serverDiagnostics = StateField.define<readonly Diagnostic[]>({
  create: () => [],
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setServerDiagnostics)) return effect.value;
    return tr.docChanged ? [] : value;
  },
});

export interface LintOptions {
  lang: () => Lang;
  /** the label of the "replace with the suggestion" button */
  fixLabel: (suggestion: string) => string;
  /** told the language's diagnostics (and the service's) each time the linter ran, for a list beside the editor */
  onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void;
}

export function dslLint(options: LintOptions): Extension {
  const source = (view: EditorView): LintDiagnostic[] => {
    const text = view.state.doc.toString();
    const local = check(text).diagnostics;
    const all = [...local, ...serverOnly(view.state.field(serverDiagnostics), local)];
    options.onDiagnostics?.(all);
    return toLintDiagnostics(all, options.lang(), text, options.fixLabel);
  };
  return [
    serverDiagnostics,
    linter(source, {
      delay: LINT_DELAY_MS,
      needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(setServerDiagnostics) || e.is(relint))),
    }),
  ];
}

/** Re-runs the linter without a change to the text (the reader switched language). */
export const relint = StateEffect.define<null>();
