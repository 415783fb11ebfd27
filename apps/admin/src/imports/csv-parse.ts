// A CSV reader for the import preview, written to agree with the api's reader on what a row is: the delimiter
// (`,` `;` or tab) is the one most used in the header line, quoted fields may hold delimiters, quotes ("") and
// line breaks, a byte-order mark is dropped. The api parses the file again when it is sent: this only shows
// what it will see.

export type Delimiter = ',' | ';' | '\t';

export interface ParsedCsv {
  delimiter: Delimiter;
  rows: string[][];
  /** the line each row starts on (1 = the header), as the api numbers rejected rows */
  lines: number[];
  /** the text ran out before a quoted field was closed (in a whole file, that row is broken) */
  unclosedQuote: boolean;
}

/** The delimiter used most in the first line outside quotes (comma when there is none). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as Delimiter] += 1;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return counts[best] > 0 ? best : ',';
}

/** Reads up to `maxRows` rows (header included); blank lines are skipped as the api skips them. */
export function parseCsv(input: string, options: { maxRows?: number; delimiter?: Delimiter } = {}): ParsedCsv {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let fieldStarted = false;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '' && !fieldStarted)) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length && rows.length < maxRows; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (char === '"') quoted = false;
      else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') { quoted = true; fieldStarted = true; }
    else if (char === delimiter) { row.push(field); field = ''; fieldStarted = true; }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else { field += char; fieldStarted = true; }
  }
  const unclosedQuote = quoted;
  if (rows.length < maxRows && (field !== '' || row.length > 0 || fieldStarted)) endRow();
  return { delimiter, rows, lines, unclosedQuote };
}

/**
 * The preview of the start of a larger file (`cut`: the text stops before the file does). The last row read may be
 * half a row, so it is dropped unless a further row was seen after it.
 */
export function parsePreview(text: string, cut: boolean, maxRows: number): ParsedCsv {
  if (!cut) return parseCsv(text, { maxRows });
  const parsed = parseCsv(text, { maxRows: maxRows + 1 });
  const keep = parsed.rows.length > maxRows ? maxRows : Math.max(1, parsed.rows.length - 1);
  return { ...parsed, rows: parsed.rows.slice(0, keep), lines: parsed.lines.slice(0, keep), unclosedQuote: false };
}
