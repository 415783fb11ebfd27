import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentService, indentUnit } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers,
} from '@codemirror/view';
import type { Diagnostic, Lang } from '@yardstick/dsl';
import { dslCompletion } from './completion';
import { dslHighlighting } from './highlight';
import { dslHover } from './hover';
import { dslLint } from './lint';

// Everything the scorecard editor is made of, in one list: the language's highlighting, lint, completion and
// hover, plus CodeMirror's ordinary editing (history, brackets, keymaps). `#` comments toggle with Mod-/.

export interface EditorSetupOptions {
  lang: () => Lang;
  fixLabel: (suggestion: string) => string;
  onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void;
  onChange?: (text: string) => void;
  readOnly: Compartment;
}

export function editorExtensions(options: EditorSetupOptions): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    bracketMatching(),
    closeBrackets(),
    indentUnit.of('  '),
    blockIndent,
    EditorState.languageData.of(() => [{ commentTokens: { line: '#' }, closeBrackets: { brackets: ['(', '{', '"'] } }]),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
    dslHighlighting(),
    dslLint({ lang: options.lang, fixLabel: options.fixLabel, onDiagnostics: options.onDiagnostics }),
    dslCompletion(options.lang),
    dslHover(options.lang),
    options.readOnly.of([]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange?.(update.state.doc.toString());
    }),
    editorTheme,
  ];
}

export const readOnlyExtension = (readOnly: boolean): Extension =>
  readOnly ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : [];

/** New lines indent one step inside `{ … }`, and a line starting with `}` steps back. */
const blockIndent = indentService.of((context, pos) => {
  const line = context.lineAt(pos, -1);
  const before = line.text.slice(0, Math.max(0, pos - line.from));
  const base = /^\s*/.exec(line.text)?.[0].length ?? 0;
  const opens = /\{\s*(#.*)?$/.test(before.trimEnd()) ? context.unit : 0;
  const after = context.state.doc.sliceString(pos, context.state.doc.lineAt(pos).to);
  const closes = /^\s*\}/.test(after) ? context.unit : 0;
  return Math.max(0, base + opens - closes);
});

const editorTheme = EditorView.theme({
  // a fixed height with its own scrollbar: the problems list and the buttons stay in view under a long source
  '&': { fontSize: '14px', border: '1px solid rgba(128,128,128,0.35)', borderRadius: '4px', height: '62vh', minHeight: '320px' },
  '&.cm-focused': { outline: '2px solid rgba(25,118,210,0.5)' },
  '.cm-scroller': { overflow: 'auto', fontFamily: '"JetBrains Mono", "Fira Code", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace', lineHeight: '1.55' },
  '.cm-tooltip': { maxWidth: '520px' },
  '.ys-doc': { padding: '4px 8px', fontSize: '13px' },
  '.ys-doc p': { margin: '4px 0' },
  '.ys-doc code': { fontFamily: 'monospace', background: 'rgba(128,128,128,0.15)', padding: '0 3px', borderRadius: '3px' },
  '.ys-doc-code': { margin: '4px 0', padding: '4px 6px', background: 'rgba(128,128,128,0.1)', borderRadius: '3px', whiteSpace: 'pre-wrap', fontSize: '12px' },
  '.cm-diagnosticSource': { opacity: 0.7 },
});
