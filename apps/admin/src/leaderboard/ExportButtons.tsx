import DownloadIcon from '@mui/icons-material/Download';
import { Button, ButtonGroup } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { downloadBlob, downloadText } from './download';
import { exportFileName, tableToCsv, type ExportTable } from './export-table';

interface ExportButtonsProps {
  /** the table as shown right now (filtered, sorted) */
  table: () => ExportTable;
  /** parts of the file name: `leaderboard`, scorecard, period… */
  fileParts: string[];
  disabled?: boolean;
}

/** CSV (built here) and Excel (write-excel-file, fetched on first use) of exactly what the table shows. */
export const ExportButtons = ({ table, fileParts, disabled }: ExportButtonsProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const exportCsv = () => downloadText(tableToCsv(table()), exportFileName(fileParts, 'csv'));
  const exportXlsx = async () => {
    setBusy(true);
    try {
      const { xlsxBlob } = await import('./xlsx-file');
      downloadBlob(await xlsxBlob(table(), fileParts.slice(1).join(' ')), exportFileName(fileParts, 'xlsx'));
    } catch (error) {
      notify('ys.leaderboard.export_failed', { type: 'error', messageArgs: { message: (error as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <ButtonGroup size="small" variant="outlined" disabled={disabled || busy}>
      <Button startIcon={<DownloadIcon />} onClick={exportCsv} data-testid="export-csv">{translate('ys.leaderboard.export_csv')}</Button>
      <Button startIcon={<DownloadIcon />} onClick={() => void exportXlsx()} data-testid="export-xlsx">
        {translate(busy ? 'ys.leaderboard.exporting' : 'ys.leaderboard.export_xlsx')}
      </Button>
    </ButtonGroup>
  );
};
