import * as fs from 'node:fs';
import Papa from 'papaparse';
import { malformedCsvRows, newlinesIn } from '@yardstick/contracts/records';

// Streams a CSV file row by row with papaparse, keeping the 1-based line number of every row so bad rows
// can be reported where an editor shows them. Delimiters (`,` `;` tab) are detected; a UTF-8 BOM is dropped.

export interface CsvHandlers {
  /** the first row; may throw to stop reading (the promise rejects with that error) */
  header(cells: string[]): void;
  /** a data row; blank lines are not passed on */
  row(cells: string[], line: number): void;
  /** a row papaparse could not split (malformed quotes); it is not passed to `row` */
  malformed(line: number, message: string): void;
}

/** Where to start when another reader hands over part way (csv-bytes.ts), and what it already knows. */
export interface CsvResume {
  /** byte offset of the first row to read */
  readonly start: number;
  /** lines before that row */
  readonly line: number;
  /** whether the first row read is the header */
  readonly header: boolean;
  readonly delimiter: string;
  readonly newline: '\n' | '\r\n' | '\r';
}

/** Reads the whole file (or its rest); resolves when it ends, rejects on a read error or an error thrown by a handler. */
export function streamCsv(path: string, handlers: CsvHandlers, resume?: CsvResume): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = fs.createReadStream(path, { encoding: 'utf8', start: resume?.start ?? 0 });
    let sawQuote = false;
    // only when a quote appears can a field hold a newline; until then rows and lines match one to one
    input.on('data', (chunk) => { if (!sawQuote && chunk.includes('"')) sawQuote = true; });
    let line = resume?.line ?? 0;
    let first = resume?.header ?? true;
    const fail = (error: unknown): void => {
      input.destroy();
      reject(error);
    };
    Papa.parse<string[]>(input, {
      skipEmptyLines: false,
      ...(resume ? { delimiter: resume.delimiter, newline: resume.newline } : {}),
      chunk(results, parser) {
        const bad = malformedCsvRows(results.errors, results.data.length);
        for (let i = 0; i < results.data.length; i++) {
          const cells = results.data[i];
          line += 1;
          const start = line;
          if (sawQuote) line += newlinesIn(cells);
          if (first) {
            first = false;
            cells[0] = cells[0].replace(/^\uFEFF/, '');
            try {
              handlers.header(cells);
            } catch (error) {
              fail(error);
              parser.abort();
              return;
            }
          } else if (bad.has(i)) handlers.malformed(start, bad.get(i) as string);
          else if (cells.length > 1 || cells[0] !== '') handlers.row(cells, start);
        }
      },
      complete: () => resolve(),
      error: (error: Error) => fail(error),
    });
  });
}
