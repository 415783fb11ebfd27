import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { profileName, type OverrideRow, type ScorecardProfile } from './profiles-api';
import { statusOf } from './override-form';
import { showWallClock } from './wall-clock';

interface OverridesTableProps {
  overrides: OverrideRow[];
  profiles: ScorecardProfile[];
  nowMs: number;
  /** null: the user may not end overrides */
  onEnd: ((override: OverrideRow) => void) | null;
}

/** Every override of the scorecard, latest first: who set it, why, and whether it is over, running, or ahead. */
export const OverridesTable = ({ overrides, profiles, nowMs, onEnd }: OverridesTableProps) => {
  const translate = useTranslate();
  if (overrides.length === 0) return <Typography color="text.secondary">{translate('ys.profiles.no_overrides')}</Typography>;
  return (
    <Table size="small" data-testid="overrides-table">
      <TableHead>
        <TableRow>
          <TableCell>{translate('ys.profiles.profile')}</TableCell>
          <TableCell>{translate('ys.profiles.from')}</TableCell>
          <TableCell>{translate('ys.profiles.until')}</TableCell>
          <TableCell>{translate('ys.profiles.reason')}</TableCell>
          <TableCell>{translate('ys.profiles.set_by')}</TableCell>
          <TableCell>{translate('ys.profiles.status')}</TableCell>
          {onEnd && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {overrides.map((override) => {
          const status = statusOf(override, nowMs);
          return (
            <TableRow key={override.id} data-testid="override-row" data-status={status}>
              <TableCell>{profileName(profiles, override.profile)}</TableCell>
              <TableCell>{showWallClock(override.from)}</TableCell>
              <TableCell>{showWallClock(override.to)}</TableCell>
              <TableCell sx={{ maxWidth: 320, whiteSpace: 'pre-wrap' }}>{override.reason}</TableCell>
              <TableCell>{override.createdBy ?? '—'}</TableCell>
              <TableCell>
                <Chip size="small" label={translate(`ys.profiles.statuses.${status}`)}
                  color={status === 'running' ? 'warning' : status === 'ahead' ? 'info' : 'default'} variant={status === 'cleared' ? 'outlined' : 'filled'} />
              </TableCell>
              {onEnd && (
                <TableCell>
                  {(status === 'running' || status === 'ahead') && (
                    <Button size="small" color="error" onClick={() => onEnd(override)} data-testid="override-end">
                      {translate(status === 'running' ? 'ys.profiles.end_now' : 'ys.profiles.cancel_override')}
                    </Button>
                  )}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
