import type { Extension } from '@codemirror/state';
import { hoverTooltip, type EditorView } from '@codemirror/view';
import { hover, type Lang } from '@yardstick/dsl';
import { highlightRanges } from './highlight-ranges';
import { readMarkdown, type Block } from './hover-markdown';

// Hover: the language's own `hover` says what the word under the pointer is (a metric's unit and definition, a
// field's type, a function's signature), in the reader's language; code in it is coloured by the same lexer.

export function dslHover(lang: () => Lang): Extension {
  return hoverTooltip((view: EditorView, pos: number) => {
    const found = hover(view.state.doc.toString(), pos, lang());
    if (!found) return null;
    return {
      pos: found.span.start.offset,
      end: found.span.end.offset,
      above: true,
      create: () => ({ dom: renderDoc(found.text) }),
    };
  }, { hoverTime: 350 });
}

/** A documentation text (Markdown) as DOM nodes, for hover tooltips and completion info. */
export function renderDoc(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'ys-doc';
  for (const block of readMarkdown(markdown)) root.appendChild(renderBlock(block));
  return root;
}

function renderBlock(block: Block): HTMLElement {
  if (block.kind === 'code') {
    const pre = document.createElement('pre');
    pre.className = 'ys-doc-code';
    let at = 0;
    for (const range of highlightRanges(block.text)) {
      if (range.from > at) pre.appendChild(document.createTextNode(block.text.slice(at, range.from)));
      const span = document.createElement('span');
      span.className = range.className;
      span.textContent = block.text.slice(range.from, range.to);
      pre.appendChild(span);
      at = range.to;
    }
    pre.appendChild(document.createTextNode(block.text.slice(at)));
    return pre;
  }
  const p = document.createElement('p');
  for (const inline of block.inlines) {
    const node = inline.kind === 'text' ? document.createTextNode(inline.text) : document.createElement(inline.kind === 'bold' ? 'strong' : 'code');
    if (!(node instanceof Text)) node.textContent = inline.text;
    p.appendChild(node);
  }
  return p;
}
