// The little Markdown the language's hover and completion docs use (`**name** — kind`, paragraphs, inline
// `code`, fenced ```kpi blocks), read into plain data so the tooltip is built from DOM nodes, never innerHTML:
// labels in a scorecard are user text.

export type Inline = { kind: 'text' | 'bold' | 'code'; text: string };
export type Block = { kind: 'paragraph'; inlines: Inline[] } | { kind: 'code'; language: string; text: string };

export function readMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', inlines: readInlines(paragraph.join(' ')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^```(\w*)\s*$/.exec(lines[i]);
    if (fence) {
      flush();
      const body: string[] = [];
      for (i += 1; i < lines.length && !/^```\s*$/.test(lines[i]); i += 1) body.push(lines[i]);
      blocks.push({ kind: 'code', language: fence[1], text: body.join('\n') });
    } else if (lines[i].trim() === '') flush();
    else paragraph.push(lines[i]);
  }
  flush();
  return blocks;
}

export function readInlines(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    out.push(match[1] !== undefined ? { kind: 'bold', text: match[1] } : { kind: 'code', text: match[2] });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
