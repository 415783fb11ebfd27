import { malformedCsvRows, newlinesIn } from '@yardstick/contracts';
import Papa from 'papaparse';
import { IngestionErrorCode, IngestionException } from '../ingestion.exception';

// A CSV request body, parsed as it arrives: papaparse's core parser runs over each decoded chunk plus the
// unfinished row left from the one before, so memory holds one chunk and one row, never the body. Every row keeps
// the line it starts on (a quoted field may span lines); rows with broken quoting come out as problems, as in
// `yardstick score` (the line bookkeeping is shared through @yardstick/contracts). The delimiter is the one the
// header line uses most of `,` `;` and tab.

export interface CsvRow {
  readonly line: number;
  readonly cells: string[];
}

export interface CsvChunk {
  /** the first row of the body, in the first chunk only */
  readonly header?: string[];
  readonly rows: CsvRow[];
  readonly malformed: { readonly line: number; readonly reason: string }[];
}

/** The longest row accepted; an unclosed quote would otherwise swallow the rest of the body into one field. */
export const MAX_ROW_CHARS = 1 << 20;
const DELIMITERS = [',', ';', '\t'];

/** Parses decoded text chunks into rows; the first row is the header. An empty body gives no chunk at all. */
export async function* readCsvBody(text: AsyncIterable<string>): AsyncGenerator<CsvChunk> {
  const csv = new IncrementalCsv();
  for await (const piece of text) {
    const chunk = csv.feed(piece, false);
    if (chunk) yield chunk;
  }
  const last = csv.feed('', true);
  if (last) yield last;
}

class IncrementalCsv {
  private parser: Papa.Parser | undefined;
  private pending = '';
  private line = 0;
  private headerSeen = false;

  feed(text: string, final: boolean): CsvChunk | undefined {
    const input = this.pending + text;
    if (!this.parser) {
      if (!final && !knowsLineBreak(input)) return this.hold(input);
      if (input === '') return undefined;
      this.parser = new Papa.Parser({ delimiter: guessDelimiter(input), newline: guessNewline(input) });
    }
    const result = this.parser.parse(input, 0, !final) as { data: string[][]; errors: Papa.ParseError[]; meta: { cursor: number } };
    this.pending = final ? '' : input.slice(result.meta.cursor);
    if (this.pending.length > MAX_ROW_CHARS) throw rowTooLong(this.line + 1);
    return this.chunkOf(result.data, result.errors, input.indexOf('"') >= 0);
  }

  private hold(input: string): undefined {
    if (input.length > MAX_ROW_CHARS) throw rowTooLong(1);
    this.pending = input;
    return undefined;
  }

  private chunkOf(data: string[][], errors: readonly Papa.ParseError[], quoted: boolean): CsvChunk {
    const bad = malformedCsvRows(errors, data.length);
    const chunk: { header?: string[]; rows: CsvRow[]; malformed: { line: number; reason: string }[] } = { rows: [], malformed: [] };
    for (let i = 0; i < data.length; i++) {
      const cells = data[i];
      const start = ++this.line;
      // a cell can only hold a line break when the text had a quote
      if (quoted) this.line += newlinesIn(cells);
      if (!this.headerSeen) {
        this.headerSeen = true;
        chunk.header = cells;
      } else if (bad.has(i)) chunk.malformed.push({ line: start, reason: bad.get(i) as string });
      else if (cells.length > 1 || cells[0] !== '') chunk.rows.push({ line: start, cells });
    }
    return chunk;
  }
}

function rowTooLong(line: number): IngestionException {
  return new IngestionException(IngestionErrorCode.BadRequest,
    `line ${line} starts a row longer than ${MAX_ROW_CHARS} characters: probably a quoted field that is never closed; nothing was stored`,
    { line });
}

/** Whether the first line break is known: a `\n`, or a `\r` that is not the last character (it may start `\r\n`). */
function knowsLineBreak(input: string): boolean {
  if (input.indexOf('\n') >= 0) return true;
  const cr = input.indexOf('\r');
  return cr >= 0 && cr < input.length - 1;
}

/** The delimiter the header line uses most (`,` `;` or tab, outside quotes); `,` when it has none. */
function guessDelimiter(input: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) as number) + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) as number) > (counts.get(best) as number)) best = d;
  return best;
}

function guessNewline(input: string): '\n' | '\r\n' | '\r' {
  const lf = input.indexOf('\n');
  if (lf < 0) return input.indexOf('\r') >= 0 ? '\r' : '\n';
  return lf > 0 && input.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}
