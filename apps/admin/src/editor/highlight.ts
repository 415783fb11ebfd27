import { RangeSetBuilder, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { highlightRanges } from './highlight-ranges';

// Marks every token the language's lexer reports with its category's class. The whole document is re-read on
// each change: a scorecard is a few kB, and the lexer reads one in well under a millisecond
// (tests/bench/editor prints the figure), so there is no incremental state to get wrong.

const marks = new Map<string, Decoration>();
const markOf = (className: string): Decoration => {
  let mark = marks.get(className);
  if (!mark) marks.set(className, (mark = Decoration.mark({ class: className })));
  return mark;
};

function decorate(text: string): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const range of highlightRanges(text)) builder.add(range.from, range.to, markOf(range.className));
  return builder.finish();
}

const tokenHighlighter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = decorate(view.state.doc.toString());
    }

    update(update: ViewUpdate): void {
      if (update.docChanged) this.decorations = decorate(update.state.doc.toString());
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** Token colours, light and dark (the console follows react-admin's theme mode). */
const tokenTheme = EditorView.baseTheme({
  '&light .ys-tok-keyword': { color: '#7c3aed', fontWeight: '600' },
  '&light .ys-tok-number': { color: '#0f766e' },
  '&light .ys-tok-string': { color: '#b45309' },
  '&light .ys-tok-comment': { color: '#6b7280', fontStyle: 'italic' },
  '&light .ys-tok-operator': { color: '#be185d' },
  '&light .ys-tok-function': { color: '#1d4ed8' },
  '&light .ys-tok-attribute': { color: '#0369a1' },
  '&light .ys-tok-metric': { color: '#15803d' },
  '&light .ys-tok-kpi': { color: '#15803d', fontWeight: '600' },
  '&light .ys-tok-field': { color: '#4338ca' },
  '&light .ys-tok-unit': { color: '#0f766e', fontStyle: 'italic' },
  '&dark .ys-tok-keyword': { color: '#c4b5fd', fontWeight: '600' },
  '&dark .ys-tok-number': { color: '#5eead4' },
  '&dark .ys-tok-string': { color: '#fcd34d' },
  '&dark .ys-tok-comment': { color: '#9ca3af', fontStyle: 'italic' },
  '&dark .ys-tok-operator': { color: '#f9a8d4' },
  '&dark .ys-tok-function': { color: '#93c5fd' },
  '&dark .ys-tok-attribute': { color: '#7dd3fc' },
  '&dark .ys-tok-metric': { color: '#86efac' },
  '&dark .ys-tok-kpi': { color: '#86efac', fontWeight: '600' },
  '&dark .ys-tok-field': { color: '#a5b4fc' },
  '&dark .ys-tok-unit': { color: '#5eead4', fontStyle: 'italic' },
});

export const dslHighlighting = (): Extension => [tokenHighlighter, tokenTheme];
