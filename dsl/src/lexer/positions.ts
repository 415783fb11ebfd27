// Offsets to 1-based line/column positions. Columns count UTF-16 code units (what editors and JS strings use),
// so text after a multi-byte label such as "一线客服" still gets the right column.
import type { Position, Span } from '../ast/nodes';

export class LineMap {
  /** offset at which each line starts; lines end at `\n`, `\r\n` or a lone `\r` */
  private readonly starts: number[] = [0];

  constructor(private readonly source: string) {
    if (!source.includes('\r')) {
      // the usual case: only `\n`, found by indexOf rather than character by character
      for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  get length(): number {
    return this.source.length;
  }

  /** the line (index into `starts`) of the last position asked: builders ask in nearly increasing order */
  private last = 0;

  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.source.length));
    const starts = this.starts;
    let line = this.last;
    // the same line as last time, or the next one: no search
    if (!(starts[line] <= at && (line + 1 === starts.length || at < starts[line + 1]))) {
      if (line + 1 < starts.length && starts[line + 1] <= at && (line + 2 === starts.length || at < starts[line + 2])) line += 1;
      else line = this.search(at);
      this.last = line;
    }
    return { line: line + 1, column: at - starts[line] + 1, offset: at };
  }

  private search(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** `end` is exclusive; both ends are clamped into the source. */
  span(start: number, end: number): Span {
    const from = this.position(start);
    return { start: from, end: end <= start ? from : this.position(end) };
  }

  /** A zero-width span at the end of the source, for "found the end of the file". */
  endSpan(): Span {
    return this.span(this.source.length, this.source.length);
  }
}
