import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface PreviewTableProps {
  header: string[];
  rows: string[][];
  lines: number[];
  /** the field each column feeds (null: ignored) */
  feeds: (string | null)[];
}

/** The first rows of the file as the api will read them: each column with the field it feeds, or "ignored". */
export const PreviewTable = ({ header, rows, lines, feeds }: PreviewTableProps) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Table size="small" data-testid="import-preview">
        <TableHead>
          <TableRow>
            <TableCell>{translate('ys.imports.line')}</TableCell>
            {header.map((column, index) => (
              <TableCell key={`${column}-${index}`} sx={{ whiteSpace: 'nowrap', verticalAlign: 'bottom' }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>{column || '—'}</Typography>
                {feeds[index]
                  ? <Chip size="small" color="primary" label={`→ ${feeds[index]}`} data-testid="preview-feeds" />
                  : <Chip size="small" variant="outlined" label={translate('ys.imports.ignored')} />}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={lines[index] ?? index}>
              <TableCell sx={{ color: 'text.secondary' }}>{lines[index]}</TableCell>
              {header.map((_, column) => (
                <TableCell key={column} sx={{ whiteSpace: 'nowrap', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis',
                  color: feeds[column] ? 'text.primary' : 'text.disabled' }}>
                  {row[column] ?? ''}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
