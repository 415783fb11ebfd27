import { Box, Chip, Link as MuiLink, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TableSortLabel, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { agentPagePath, type ScoresView } from './leaderboard-params';
import type { KpiColumn, LeaderboardRow, SortKey, SortOrder } from './leaderboard-rows';
import type { TargetOutcome } from './scores-api';
import { fixed, formatSigned, formatValue } from './value-format';

interface LeaderboardTableProps {
  rows: LeaderboardRow[];
  kpis: KpiColumn[];
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  view: ScoresView;
  /** the rows are groups (sites, vendors): no agent page to link to, their kind in the team's column */
  groups?: boolean;
}

/** The ranked agents (or groups): rank, agent, team, score, each kpi, targets met, records; every column sorts. */
export const LeaderboardTable = ({ rows, kpis, sort, onSort, view, groups = false }: LeaderboardTableProps) => {
  const translate = useTranslate();
  const header = (key: SortKey, label: string, numeric = true) => (
    <TableCell key={key} align={numeric ? 'right' : 'left'} sx={{ whiteSpace: 'nowrap' }} sortDirection={sort.key === key ? sort.direction : false}>
      <TableSortLabel active={sort.key === key} direction={sort.key === key ? sort.direction : 'asc'} onClick={() => onSort(key)}
        data-testid={`sort-${key}`}>
        {label}
      </TableSortLabel>
    </TableCell>
  );
  return (
    <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
      <Table size="small" data-testid="leaderboard-table" sx={{ '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            {header('rank', translate('ys.leaderboard.columns.rank'))}
            {header('agent', translate(groups ? 'ys.leaderboard.columns.group' : 'ys.leaderboard.columns.agent'), false)}
            {header('team', translate(groups ? 'ys.leaderboard.columns.kind' : 'ys.leaderboard.columns.team'), false)}
            {header('score', translate('ys.leaderboard.columns.score'))}
            {kpis.map((kpi) => header(`kpi:${kpi.key}`, kpi.label))}
            {header('targets', translate('ys.leaderboard.columns.targets_met'))}
            {header('records', translate('ys.leaderboard.columns.records'))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.agentId} hover data-testid="leaderboard-row" data-agent={row.agent}
              sx={row.eligible ? undefined : { '& td': { color: 'text.secondary' } }}>
              <TableCell align="right" data-testid="cell-rank">{row.rank ?? '—'}</TableCell>
              <TableCell>
                {groups ? <span data-testid="group-name">{row.agent}</span>
                  : <MuiLink component={Link} to={agentPagePath(row.agentId, view)} data-testid="agent-link">{row.agent}</MuiLink>}
                {!row.eligible && <Chip size="small" variant="outlined" sx={{ ml: 1 }} label={translate('ys.leaderboard.not_eligible')} />}
              </TableCell>
              <TableCell>{row.team || '—'}</TableCell>
              <TableCell align="right" data-testid="cell-score"><strong>{row.score === null ? '—' : fixed(row.score)}</strong></TableCell>
              {kpis.map((kpi) => (
                <TableCell key={kpi.key} align="right">{formatValue(row.kpis[kpi.key])}</TableCell>
              ))}
              <TableCell align="right"><TargetsCell row={row} /></TableCell>
              <TableCell align="right">{row.records}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};

const TargetsCell = ({ row }: { row: LeaderboardRow }) => {
  if (row.targetsTotal === 0) return <>—</>;
  const allMet = row.targetsMet === row.targetsTotal;
  return (
    <Tooltip title={<TargetList targets={row.targets} units={new Map(row.metrics.map((m) => [m.key, m.unit]))} />}>
      <Chip size="small" color={allMet ? 'success' : 'default'} variant={allMet ? 'filled' : 'outlined'}
        label={`${row.targetsMet}/${row.targetsTotal}`} data-testid="cell-targets" />
    </Tooltip>
  );
};

const TargetList = ({ targets, units }: { targets: TargetOutcome[]; units: Map<string, string> }) => {
  const translate = useTranslate();
  return (
    <Box>
      {targets.map((target) => {
        const unit = units.get(target.metric) ?? 'number';
        return (
          <Typography key={target.metric} variant="caption" component="div">
            {`${target.met ? '✓' : '✗'} ${target.metric} ${target.op} ${formatValue(target.target, unit)}: `
              + `${formatValue(target.actual, unit)} (${translate('ys.leaderboard.gap')} ${formatSigned(target.gap, unit)})`}
          </Typography>
        );
      })}
    </Box>
  );
};
