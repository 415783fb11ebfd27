import { parsePreview } from './csv-parse';
import { rowsToCsv, sheetRows, type SheetCell } from './sheet-rows';

// An uploaded file as the wizard uses it: its header and first rows for the preview, and the CSV body to send.
// A CSV goes to the api as it is (streamed from disk, however large); it is only read here as far as the preview
// needs. An Excel file is read whole in the browser (read-excel-file, fetched on first use) and sent as CSV.
// A CSV that is not UTF-8 (Excel on Chinese Windows saves GB18030) is converted to UTF-8 before it is sent.

export type FileKind = 'csv' | 'xlsx';

export interface LoadedFile {
  name: string;
  size: number;
  kind: FileKind;
  encoding: 'utf-8' | 'gb18030';
  header: string[];
  /** the first data rows, and the line each starts on */
  rows: string[][];
  lines: number[];
  /** data rows in the file, when known (Excel files, small CSV files) */
  totalRows: number | null;
  body: () => Promise<Blob>;
}

export const PREVIEW_ROWS = 20;
const PREVIEW_BYTES = 1 << 20;

export class FileReadError extends Error {
  constructor(readonly reason: 'unsupported' | 'xls' | 'empty' | 'unreadable', detail = '') {
    super(detail || reason);
    this.name = 'FileReadError';
  }
}

/** What a file is by its name (and type): CSV-like text, an Excel workbook, or something not supported. */
export function fileKind(name: string, type = ''): FileKind | 'xls' | null {
  const lower = name.toLowerCase();
  if (/\.(xlsx|xlsm)$/.test(lower) || type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
  if (/\.xls$/.test(lower) || type === 'application/vnd.ms-excel' && !/\.csv$/.test(lower)) return 'xls';
  if (/\.(csv|tsv|txt)$/.test(lower) || type.startsWith('text/')) return 'csv';
  return null;
}

/**
 * Bytes as text: UTF-8 when they are valid UTF-8 (a sequence cut at the end of a slice is fine), else GB18030.
 */
export function decodeText(bytes: Uint8Array, cut: boolean): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: cut }), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes, { stream: cut }), encoding: 'gb18030' };
  }
}

/** A file default source name: its base name in lowercase words (`Calls March.csv` → `calls-march`). */
export function sourceFromFileName(name: string): string {
  const base = name.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return base.slice(0, 60) || 'upload';
}

export async function loadFile(file: File): Promise<LoadedFile> {
  const kind = fileKind(file.name, file.type);
  if (kind === 'xls') throw new FileReadError('xls');
  if (kind === null) throw new FileReadError('unsupported');
  if (file.size === 0) throw new FileReadError('empty');
  return kind === 'xlsx' ? loadWorkbook(file) : loadCsv(file);
}

async function loadCsv(file: File): Promise<LoadedFile> {
  const cut = file.size > PREVIEW_BYTES;
  const { text, encoding } = decodeText(new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer()), cut);
  const parsed = parsePreview(text, cut, PREVIEW_ROWS + 1);
  if (parsed.rows.length === 0) throw new FileReadError('empty');
  const whole = cut ? null : parsePreview(text, false, Number.POSITIVE_INFINITY);
  return {
    name: file.name, size: file.size, kind: 'csv', encoding,
    header: parsed.rows[0], rows: parsed.rows.slice(1), lines: parsed.lines.slice(1),
    totalRows: whole ? whole.rows.length - 1 : null,
    body: async () => (encoding === 'utf-8' ? file : new Blob([new TextDecoder('gb18030').decode(await file.arrayBuffer())], { type: 'text/csv' })),
  };
}

async function loadWorkbook(file: File): Promise<LoadedFile> {
  const { readSheet } = await import('read-excel-file/browser');
  let data: SheetCell[][];
  try {
    data = (await readSheet(file)) as unknown as SheetCell[][];
  } catch (error) {
    throw new FileReadError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const rows = sheetRows(data);
  if (rows.length === 0) throw new FileReadError('empty');
  const csv = rowsToCsv(rows);
  return {
    name: file.name, size: file.size, kind: 'xlsx', encoding: 'utf-8',
    header: rows[0], rows: rows.slice(1, PREVIEW_ROWS + 1),
    // each row is one line of the CSV sent unless a cell holds a line break: count them as the api will
    lines: linesOf(rows).slice(1, PREVIEW_ROWS + 1),
    totalRows: rows.length - 1,
    body: async () => new Blob([csv], { type: 'text/csv' }),
  };
}

/** The line each row starts on in the CSV written from `rows` (cells with line breaks take several lines). */
export function linesOf(rows: readonly (readonly string[])[]): number[] {
  let line = 1;
  return rows.map((row) => {
    const start = line;
    line += 1 + row.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return start;
  });
}
