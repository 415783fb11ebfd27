import { toCsvText } from '../leaderboard/export-table';

// An Excel sheet (read in the browser by read-excel-file) turned into the CSV the ingest endpoint takes. Dates
// come out of Excel as wall-clock times stored in UTC: they are written without an offset, so the api reads them
// as wall-clock times in the organisation's zone, as it reads the same cells exported to CSV.

export type SheetCell = string | number | boolean | Date | null | undefined;

const pad = (n: number) => String(n).padStart(2, '0');

/** One cell as CSV text: dates as `2021-01-05T09:12:58` (or a bare day at midnight), numbers in full. */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    // Excel keeps times as fractions of a day: 09:30 comes back as 09:29:59.999. Whole seconds are what was meant.
    const at = new Date(Math.round(cell.getTime() / 1000) * 1000);
    const day = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
    const [h, m, s] = [at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds()];
    return h === 0 && m === 0 && s === 0 ? day : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell;
}

/** The sheet as rows of text, without the empty rows Excel leaves around data, all as wide as the header. */
export function sheetRows(data: readonly (readonly SheetCell[])[]): string[][] {
  const rows = data.map((row) => row.map(cellText)).filter((row) => row.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) return [];
  let width = rows[0].length;
  while (width > 0 && rows[0][width - 1].trim() === '') width -= 1;
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

/** Rows as the CSV body sent to the api (header first). */
export function rowsToCsv(rows: readonly (readonly string[])[]): string {
  return toCsvText(rows);
}
