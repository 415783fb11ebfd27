import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import { columnWidths, sheetName, tableToSheet, type ExportTable } from './export-table';

// Loaded only when someone exports to Excel (a dynamic import from ExportButtons), so write-excel-file never
// weighs on the console's first load.

export async function xlsxBlob(table: ExportTable, title: string): Promise<Blob> {
  return writeXlsxFile(tableToSheet(table) as SheetData, {
    sheet: sheetName(title),
    columns: columnWidths(table).map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob();
}
