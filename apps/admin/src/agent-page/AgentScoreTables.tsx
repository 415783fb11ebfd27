import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { fixed, formatSigned, formatValue, formatWeight } from '../leaderboard/value-format';
import type { KpiRow, TargetRow } from './agent-scores';

/** Each kpi's value, the weight it carried and the points it brought to the score. */
export const KpiTable = ({ rows }: { rows: KpiRow[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="kpi-table">
      <TableHead>
        <TableRow>
          <TableCell>{translate('ys.agent_page.kpi')}</TableCell>
          <TableCell align="right">{translate('ys.agent_page.value')}</TableCell>
          <TableCell align="right">{translate('ys.agent_page.weight_column')}</TableCell>
          <TableCell align="right">{translate('ys.agent_page.points')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell>{row.label === row.key ? row.key : `${row.label} (${row.key})`}</TableCell>
            <TableCell align="right">{formatValue(row.value)}</TableCell>
            <TableCell align="right">{formatWeight(row.weight)}</TableCell>
            <TableCell align="right">{row.points === null ? '—' : fixed(row.points)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Each target against what the agent reached, with the gap (≥ 0 when met) in the metric's unit. */
export const TargetsTable = ({ rows }: { rows: TargetRow[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="targets-table">
      <TableHead>
        <TableRow>
          <TableCell>{translate('ys.agent_page.metric')}</TableCell>
          <TableCell align="right">{translate('ys.agent_page.target')}</TableCell>
          <TableCell align="right">{translate('ys.agent_page.actual')}</TableCell>
          <TableCell align="right">{translate('ys.agent_page.gap')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.metric}>
            <TableCell>{row.label === row.metric ? row.metric : `${row.label} (${row.metric})`}</TableCell>
            <TableCell align="right">{`${row.op} ${formatValue(row.target, row.unit)}`}</TableCell>
            <TableCell align="right">{formatValue(row.actual, row.unit)}</TableCell>
            <TableCell align="right" sx={{ color: row.met ? 'success.main' : 'error.main' }}>{formatSigned(row.gap, row.unit)}</TableCell>
            <TableCell>
              <Chip size="small" color={row.met ? 'success' : 'error'} variant="outlined"
                label={translate(row.met ? 'ys.agent_page.met' : 'ys.agent_page.missed')} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
