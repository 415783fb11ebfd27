import { Alert, Box, Card, CardContent, FormControlLabel, LinearProgress, MenuItem, Switch, Typography } from '@mui/material';
import { InlineField } from './InlineField';
import { useMemo, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { messageOf } from '../providers/api-error';
import { gqlRequest } from '../providers/gql-request';
import { exportTable, type ExportHeadings } from './export-table';
import { ExportButtons } from './ExportButtons';
import {
  filterRows, kpiColumns, nextSort, NO_FILTER, sortRows, toRows, type RowFilter, type SortOrder, type TargetsFilter,
} from './leaderboard-rows';
import { LeaderboardTable } from './LeaderboardTable';
import { periodLabel, toPeriodInput } from './period-choice';
import { fetchBoard } from './scores-api';
import { ScoresControls, useProfilesOf } from './ScoresControls';
import { SegmentsNote } from './SegmentsNote';
import { useAsync } from './use-async';
import { useScoresView } from './use-scores-view';

/**
 * Who is ahead: every agent the user may see, scored for a period by one scorecard, optionally one team and an
 * explicit profile. Sorting, filtering and exports work on what was fetched, so they agree with the screen.
 */
export const LeaderboardPage = () => {
  const translate = useTranslate();
  const { view, setView, scorecards, loading: contextLoading, error: contextError } = useScoresView('leaderboard');
  const profiles = useProfilesOf(view);
  const [sort, setSort] = useState<SortOrder>({ key: 'rank', direction: 'asc' });
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const request = view.scorecard && view.period
    ? { scorecard: view.scorecard, period: toPeriodInput(view.period), team: view.team, profile: view.profile }
    : null;
  const scores = useAsync(
    () => (request ? fetchBoard(gqlRequest, request) : Promise.reject(new Error('no scorecard'))),
    request ? JSON.stringify(request) : null,
  );
  const groups = scores.data?.subject === 'group';
  const all = useMemo(() => toRows(scores.data?.scores ?? []).map((row) => (groups
    // a group's kind (site, vendor) stands where an agent's team would
    ? { ...row, team: translate(`ys.leaderboard.kinds.${row.externalId}`, { _: row.externalId }) } : row)), [scores.data, groups, translate]);
  const kpis = useMemo(() => kpiColumns(scores.data?.scores ?? []), [scores.data]);
  const shown = useMemo(() => sortRows(filterRows(all, filter), sort), [all, filter, sort]);
  const headings: ExportHeadings = {
    rank: translate('ys.leaderboard.columns.rank'), teamRank: translate('ys.leaderboard.columns.team_rank'),
    agent: translate(groups ? 'ys.leaderboard.columns.group' : 'ys.leaderboard.columns.agent'),
    externalId: translate('ys.leaderboard.columns.external_id'),
    team: translate(groups ? 'ys.leaderboard.columns.kind' : 'ys.leaderboard.columns.team'), score: translate('ys.leaderboard.columns.score'),
    targetsMet: translate('ys.leaderboard.columns.targets_met'), targets: translate('ys.leaderboard.columns.targets'),
    records: translate('ys.leaderboard.columns.records'), profile: translate('ys.leaderboard.columns.profile'),
  };
  const error = contextError ?? scores.error;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ys.leaderboard.title" />
      <CardContent sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <ScoresControls view={view} setView={setView} scorecards={scorecards} profiles={profiles} />
        {!contextLoading && scorecards.length === 0 && !contextError && <Alert severity="info">{translate('ys.leaderboard.no_scorecards')}</Alert>}
        {error && <Alert severity="error" data-testid="leaderboard-error">{translate(messageOf(error), { _: error.message })}</Alert>}
        {scores.data && <SegmentsNote meta={scores.data} profiles={profiles} />}
        {groups && <Alert severity="info" data-testid="leaderboard-groups">{translate('ys.leaderboard.groups_note')}</Alert>}
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <InlineField size="small" label={translate('ys.leaderboard.search')} value={filter.q}
            onChange={(event) => setFilter({ ...filter, q: event.target.value })} slotProps={{ htmlInput: { 'data-testid': 'leaderboard-search' } }} />
          <InlineField select size="small" label={translate('ys.leaderboard.targets_filter')} value={filter.targets} sx={{ minWidth: 180 }}
            onChange={(event) => setFilter({ ...filter, targets: event.target.value as TargetsFilter })}>
            {(['all', 'all_met', 'some_missed'] as const).map((option) => (
              <MenuItem key={option} value={option}>{translate(`ys.leaderboard.targets_${option}`)}</MenuItem>
            ))}
          </InlineField>
          <FormControlLabel label={translate('ys.leaderboard.eligible_only')}
            control={<Switch checked={filter.eligibleOnly} onChange={(event) => setFilter({ ...filter, eligibleOnly: event.target.checked })} />} />
          <Box sx={{ flex: 1 }} />
          <Typography variant="body2" color="text.secondary" data-testid="leaderboard-count">
            {translate(groups ? 'ys.leaderboard.showing_groups' : 'ys.leaderboard.showing', { shown: shown.length, total: scores.data?.totalCount ?? 0 })}
          </Typography>
          <ExportButtons disabled={!scores.data} table={() => exportTable(shown, kpis, headings)}
            fileParts={[translate('ys.leaderboard.file_name'), view.scorecard ?? '', view.period ? periodLabel(view.period) : '']} />
        </Box>
        {scores.loading && <LinearProgress data-testid="leaderboard-loading" />}
        {scores.data?.truncated && <Alert severity="warning">{translate('ys.leaderboard.truncated', { count: scores.data.scores.length })}</Alert>}
        {scores.data && (all.length === 0
          ? <Alert severity="info">{translate('ys.leaderboard.empty')}</Alert>
          : <LeaderboardTable rows={shown} kpis={kpis} sort={sort} onSort={(key) => setSort(nextSort(sort, key))} view={view} groups={groups} />)}
      </CardContent>
    </Card>
  );
};
