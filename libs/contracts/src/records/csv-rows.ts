// Line bookkeeping shared by the CSV readers of the CLI and of the service's ingestion (both parse with
// papaparse): which parsed rows were malformed, and how many lines a row spanned, so every bad row is reported
// at the line an editor shows.

/** The part of a papaparse error these helpers read. */
export interface CsvParseError {
  readonly code: string;
  readonly row?: number;
}

const QUOTE_MESSAGES: Readonly<Record<string, string>> = {
  MissingQuotes: 'a quoted field is never closed',
  InvalidQuotes: 'a quoted field has text after its closing quote',
};

/** Rows (indexes into the parsed chunk) with broken quoting, and why; other parse errors are not row problems. */
export function malformedCsvRows(errors: readonly CsvParseError[], rows: number): Map<number, string> {
  const bad = new Map<number, string>();
  for (const e of errors) {
    const message = QUOTE_MESSAGES[e.code];
    if (message && e.row !== undefined && e.row < rows && !bad.has(e.row)) bad.set(e.row, message);
  }
  return bad;
}

/** Line breaks inside the cells of a row: a quoted field may hold newlines, and then the row spans lines. */
export function newlinesIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) n++;
  }
  return n;
}
