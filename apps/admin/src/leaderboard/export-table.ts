import type { KpiColumn, LeaderboardRow } from './leaderboard-rows';
import { fixed, roundScore } from './value-format';

// The leaderboard as it is shown (filtered, sorted, the columns on screen) turned into a table for CSV and XLSX
// files. Scores and kpis are rounded half away from zero to 2 decimals before they are written, so a spreadsheet
// shows what the screen shows, never 80.34602122015914.

/** A cell: text, a number with its decimals, or empty. */
export type ExportCell = string | { value: number; decimals: 0 | 2 } | null;

export interface ExportTable {
  header: string[];
  rows: ExportCell[][];
}

/** The column titles, in the user's language (the page translates them). */
export interface ExportHeadings {
  rank: string; teamRank: string; agent: string; externalId: string; team: string; score: string; targetsMet: string;
  targets: string; records: string; profile: string;
}

const integer = (value: number | null): ExportCell => (value === null ? null : { value, decimals: 0 });
const points = (value: number | null | undefined): ExportCell =>
  value === null || value === undefined || !Number.isFinite(value) ? null : { value: roundScore(value), decimals: 2 };

export function exportTable(rows: readonly LeaderboardRow[], kpis: readonly KpiColumn[], headings: ExportHeadings): ExportTable {
  return {
    header: [
      headings.rank, headings.teamRank, headings.agent, headings.externalId, headings.team, headings.score,
      ...kpis.map((kpi) => kpi.label), headings.targetsMet, headings.targets, headings.records, headings.profile,
    ],
    rows: rows.map((row) => [
      integer(row.rank), integer(row.teamRank), row.agent, row.externalId, row.team || null, points(row.score),
      ...kpis.map((kpi) => points(row.kpis[kpi.key])),
      integer(row.targetsMet), integer(row.targetsTotal), integer(row.records), row.profile,
    ]),
  };
}

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)` in an agent's name) gets a leading apostrophe,
 * the usual defence against CSV injection; numbers are written as numbers.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of comma-separated fields, quoted where needed, CRLF-terminated (RFC 4180). */
export function toCsvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

function cellText(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return safeText(cell);
  return cell.decimals === 2 ? fixed(cell.value, 2) : String(cell.value);
}

/**
 * The table as a UTF-8 CSV with a byte-order mark, so Excel reads the Chinese labels right and the scores with
 * exactly two decimals.
 */
export function tableToCsv(table: ExportTable): string {
  return `\uFEFF${toCsvText([table.header.map(safeText), ...table.rows.map((row) => row.map(cellText))])}`;
}

/** write-excel-file's cell objects: typed numbers with a number format, a bold header. */
export type SheetCell = { value: string | number; type: StringConstructor | NumberConstructor; format?: string; fontWeight?: 'bold' } | null;

export function tableToSheet(table: ExportTable): SheetCell[][] {
  const header: SheetCell[] = table.header.map((title) => ({ value: title, type: String, fontWeight: 'bold' }));
  const rows = table.rows.map((row) => row.map((cell): SheetCell => {
    if (cell === null) return null;
    if (typeof cell === 'string') return { value: cell, type: String };
    return { value: cell.value, type: Number, format: cell.decimals === 2 ? '0.00' : '0' };
  }));
  return [header, ...rows];
}

/** `leaderboard-frontline-2021-02.csv`: only letters, digits, `-`, `_` and `.` from the parts. */
export function exportFileName(parts: readonly string[], extension: 'csv' | 'xlsx'): string {
  const safe = parts.filter((part) => part !== '').map((part) => part.replace(/[^\p{L}\p{N}_.-]+/gu, '_'));
  return `${safe.join('-')}.${extension}`;
}

/** A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty. */
export function sheetName(text: string): string {
  const cleaned = text.replace(/[[\]:*?/\\]+/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** Column widths (in characters) from the longest text of each column, between 6 and 40. */
export function columnWidths(table: ExportTable): number[] {
  return table.header.map((title, index) => {
    const longest = table.rows.reduce((max, row) => {
      const cell = row[index];
      const length = cell === null ? 0 : typeof cell === 'string' ? cell.length : String(cell.value).length + 3;
      return Math.max(max, length);
    }, title.length);
    return Math.min(40, Math.max(6, longest + 2));
  });
}
