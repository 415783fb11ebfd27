import { readNdjsonLine } from '@yardstick/contracts';

// An NDJSON request body, split into lines as it arrives: one JSON object per line, blank lines skipped, a line
// that is not an object reported with its number (read the same way as the CLI reads NDJSON files). A line longer
// than the limit is reported and skipped up to its end, so one runaway line neither stops nor floods the request.

export type NdjsonItem =
  | { readonly line: number; readonly object: Readonly<Record<string, unknown>>; readonly problem?: undefined }
  | { readonly line: number; readonly object?: undefined; readonly problem: string };

export const MAX_LINE_CHARS = 1 << 20;

export async function* readNdjsonBody(text: AsyncIterable<string>): AsyncGenerator<NdjsonItem[]> {
  const lines = new LineSplitter();
  for await (const piece of text) {
    const items = lines.feed(piece);
    if (items.length > 0) yield items;
  }
  const last = lines.end();
  if (last.length > 0) yield last;
}

class LineSplitter {
  private pending = '';
  private line = 0;
  /** inside a line that is already reported as too long: drop text up to its end */
  private skipping = false;

  feed(text: string): NdjsonItem[] {
    const items: NdjsonItem[] = [];
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      const piece = text.slice(from, at);
      from = at + 1;
      if (this.skipping) {
        this.skipping = false;
        this.pending = '';
        continue;
      }
      const whole = this.pending === '' ? piece : this.pending + piece;
      this.pending = '';
      this.take(whole, items);
    }
    this.keep(text.slice(from), items);
    return items;
  }

  end(): NdjsonItem[] {
    const items: NdjsonItem[] = [];
    if (!this.skipping && this.pending !== '') this.take(this.pending, items);
    this.pending = '';
    return items;
  }

  private keep(rest: string, items: NdjsonItem[]): void {
    if (this.skipping || rest === '') return;
    this.pending += rest;
    if (this.pending.length > MAX_LINE_CHARS) {
      this.line += 1;
      items.push({ line: this.line, problem: `the line is longer than ${MAX_LINE_CHARS} characters` });
      this.pending = '';
      this.skipping = true;
    }
  }

  private take(raw: string, items: NdjsonItem[]): void {
    this.line += 1;
    if (raw.length > MAX_LINE_CHARS) {
      items.push({ line: this.line, problem: `the line is longer than ${MAX_LINE_CHARS} characters` });
      return;
    }
    const text = raw.trim();
    if (text === '') return;
    const read = readNdjsonLine(text);
    items.push(read.object ? { line: this.line, object: read.object } : { line: this.line, problem: read.problem });
  }
}
