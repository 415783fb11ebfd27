import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { inLanguage } from '../i18n/locale';
import { downloadText } from '../leaderboard/download';
import { toCsvText } from '../leaderboard/export-table';
import { rejectionRows, type IngestReport } from './ingest-client';

const COUNTS = ['received', 'inserted', 'updated', 'unchanged', 'duplicates', 'rejected'] as const;

/** What the api stored and refused: counts, then each rejected row with its line, field and reason. */
export const ResultStep = ({ report, fileName }: { report: IngestReport; fileName: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const download = () => downloadText(
    `\uFEFF${toCsvText(rejectionRows(report, {
      line: translate('ys.imports.line'), field: translate('ys.imports.field'), reason: translate('ys.imports.reason'),
    }, locale))}`,
    `${fileName.replace(/\.[^.]+$/, '')}-rejected.csv`,
  );
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }} data-testid="import-result">
      <Alert severity={report.rejected > 0 ? 'warning' : 'success'} data-testid="import-summary">
        {translate(report.rejected > 0 ? 'ys.imports.done_with_rejections' : 'ys.imports.done', {
          accepted: report.received - report.rejected, rejected: report.rejected, source: report.source,
        })}
      </Alert>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {COUNTS.map((count) => (
          <Chip key={count} data-testid={`count-${count}`} color={count === 'rejected' && report.rejected > 0 ? 'error' : 'default'}
            label={`${translate(`ys.imports.counts.${count}`)}: ${report[count]}`} />
        ))}
      </Box>
      {report.firstOccurredAt && report.lastOccurredAt && (
        <Typography variant="body2" color="text.secondary">
          {translate('ys.imports.time_range', { from: report.firstOccurredAt.slice(0, 10), to: report.lastOccurredAt.slice(0, 10) })}
        </Typography>
      )}
      {report.ignoredColumns.length > 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="ignored-columns">
          {translate('ys.imports.ignored_columns', { columns: report.ignoredColumns.join(', ') })}
        </Typography>
      )}
      {report.rejections.length > 0 && (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            <Typography variant="h6">{translate('ys.imports.rejected_rows')}</Typography>
            <Button size="small" startIcon={<DownloadIcon />} onClick={download} data-testid="download-rejections">
              {translate('ys.imports.download_rejections')}
            </Button>
          </Box>
          {report.rejectionsTruncated && <Alert severity="info">{translate('ys.imports.truncated', { shown: report.rejections.length, total: report.rejected })}</Alert>}
          <Table size="small" data-testid="rejections-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('ys.imports.line')}</TableCell>
                <TableCell>{translate('ys.imports.field')}</TableCell>
                <TableCell>{translate('ys.imports.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.rejections.map((rejection, index) => (
                <TableRow key={`${rejection.line}-${index}`} data-testid="rejection-row">
                  <TableCell>{rejection.line}</TableCell>
                  <TableCell>{rejection.field ?? '—'}</TableCell>
                  <TableCell>{inLanguage(locale, rejection.reason, rejection.reasonZh)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  );
};
