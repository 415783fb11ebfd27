import * as fs from 'node:fs';
import Papa from 'papaparse';
import { streamCsv, type CsvHandlers } from './csv-reader';

// A CSV reader over bytes for the common plain file: rows split at line breaks and cells at the delimiter
// straight from the Buffer, handing each row on as byte ranges, so no string is made for a cell nobody reads.
// It reads exactly what papaparse reads (csv-reader.ts) and hands everything it cannot read plainly to it:
// - the delimiter and the line break are papaparse's own guesses from the file's first 64 KiB (what its
//   stream mode guesses from); a file whose line break is a lone CR goes to papaparse whole;
// - the first row holding a quote character, and in a CRLF file the first line break without its CR, go to
//   papaparse from that row's first byte on, with line numbers carried on;
// - cells are decoded as UTF-8 slices: a slice cut at ASCII delimiters and line breaks decodes to the same
//   text (replacement characters included) as the whole file decoded at once.

/** A row as byte ranges of `buf`: cell i is `buf[starts[i], ends[i])`; only valid during the call. */
export interface ByteRow {
  readonly buf: Buffer;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** cells in the row */
  readonly count: number;
}

export interface ByteCsvHandlers extends CsvHandlers {
  /** a plain data row (blank lines are not passed on); rows papaparse reads go to `row` as strings */
  bytes(row: ByteRow, line: number): void;
}

const CHUNK = 1 << 20;
const GUESS_BYTES = 64 * 1024;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

interface Dialect {
  readonly delimiter: string;
  readonly newline: '\n' | '\r\n' | '\r';
}

/** papaparse's guesses for this file, as its stream mode makes them from the first chunk. */
function guessDialect(head: Buffer): Dialect {
  const meta = Papa.parse<string[]>(head.toString('utf8'), { preview: 10 }).meta;
  const newline = meta.linebreak === '\r\n' || meta.linebreak === '\r' ? meta.linebreak : '\n';
  return { delimiter: meta.delimiter, newline };
}

/** Reads the whole file; resolves when it ends, rejects on a read error or an error thrown by a handler. */
export async function streamCsvBytes(path: string, handlers: ByteCsvHandlers): Promise<void> {
  const fd = fs.openSync(path, 'r');
  let handOver: { start: number; line: number; header: boolean; dialect: Dialect } | undefined;
  try {
    handOver = readPlain(fd, handlers);
  } finally {
    fs.closeSync(fd);
  }
  if (handOver) {
    const { start, line, header, dialect } = handOver;
    await streamCsv(path, handlers, { start, line, header, delimiter: dialect.delimiter, newline: dialect.newline });
  }
}

/** Reads plain rows; returns where papaparse must take over, or undefined when the file is done. */
function readPlain(fd: number, handlers: ByteCsvHandlers): { start: number; line: number; header: boolean; dialect: Dialect } | undefined {
  let buf = Buffer.allocUnsafe(CHUNK);
  let filled = fs.readSync(fd, buf, 0, CHUNK, 0);
  // the guess reads the first chunk as papaparse's stream would see it: whole when the file is shorter
  const dialect = guessDialect(buf.subarray(0, Math.min(filled, GUESS_BYTES)));
  const bom = filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const delimiter = Buffer.from(dialect.delimiter, 'utf8');
  if (dialect.newline === '\r' || delimiter.length !== 1 || delimiter[0] === QUOTE || delimiter[0] >= 0x80) {
    return { start: 0, line: 0, header: true, dialect };
  }
  const delim = delimiter[0];
  const crlf = dialect.newline === '\r\n';
  let starts: Int32Array<ArrayBuffer> = new Int32Array(64);
  let ends: Int32Array<ArrayBuffer> = new Int32Array(64);
  /** file offset of buf[0] */
  let base = 0;
  let pos = bom;
  let line = 0;
  let header = true;
  let eof = filled < CHUNK;
  for (;;) {
    let nl = buf.indexOf(LF, pos);
    if (nl < 0 || nl >= filled) {
      if (!eof) {
        // keep the partial line, read more behind it (a line longer than the buffer grows it)
        const rest = filled - pos;
        const next = rest * 2 > buf.length ? Buffer.allocUnsafe(buf.length * 2) : buf;
        buf.copy(next, 0, pos, filled);
        buf = next;
        base += pos;
        pos = 0;
        const got = fs.readSync(fd, buf, rest, buf.length - rest, base + rest);
        filled = rest + got;
        eof = got === 0;
        continue;
      }
      if (pos >= filled) return undefined;
      nl = filled;
    }
    line++;
    let end = nl;
    if (crlf && nl < filled) {
      if (end === pos || buf[end - 1] !== CR) return { start: base + pos, line: line - 1, header, dialect };
      end--;
    }
    // split at the delimiter; a quote anywhere hands the rest to papaparse
    let count = 0;
    let cell = pos;
    for (let i = pos; i < end; i++) {
      const c = buf[i];
      if (c === delim) {
        if (count + 1 >= starts.length) [starts, ends] = [grow(starts), grow(ends)];
        starts[count] = cell;
        ends[count++] = i;
        cell = i + 1;
      } else if (c === QUOTE) return { start: base + pos, line: line - 1, header, dialect };
    }
    starts[count] = cell;
    ends[count++] = end;
    const blank = count === 1 && end === pos;
    pos = nl + 1;
    if (header) {
      header = false;
      handlers.header(cellTexts(buf, starts, ends, count));
    } else if (!blank) handlers.bytes({ buf, starts, ends, count }, line);
    if (nl >= filled) return undefined;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

interface FastSlices {
  utf8Slice(start: number, end: number): string;
}

/** `buf.toString('utf8', s, e)` without its argument checks (Buffer's own slice method: the hot path of every cell read). */
export const decode = (buf: Buffer, s: number, e: number): string => (buf as unknown as FastSlices).utf8Slice(s, e);

/** The cells of a row as strings. */
export function cellTexts(buf: Buffer, starts: Int32Array, ends: Int32Array, count: number): string[] {
  const out: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = decode(buf, starts[i], ends[i]);
  return out;
}
