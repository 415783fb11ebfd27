import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Grid, LinearProgress, MenuItem, Typography } from '@mui/material';
import { lazy, Suspense, useMemo } from 'react';
import { Title, useStore, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { InlineField } from '../leaderboard/InlineField';
import { leaderboardPath } from '../leaderboard/leaderboard-params';
import { periodLabel, periodsEndingWith, toPeriodInput } from '../leaderboard/period-choice';
import { findAgentScore } from '../leaderboard/scores-api';
import { ScoresControls, useProfilesOf } from '../leaderboard/ScoresControls';
import { useAsync } from '../leaderboard/use-async';
import { useScoresView } from '../leaderboard/use-scores-view';
import { fixed } from '../leaderboard/value-format';
import { messageOf } from '../providers/api-error';
import { gqlRequest } from '../providers/gql-request';
import { useGqlQuery } from '../providers/use-gql-query';
import { kpiRows, loadTrend, profileText, targetRows, trendPoints } from './agent-scores';
import { KpiTable, TargetsTable } from './AgentScoreTables';
import { ExplanationSection } from './ExplanationSection';

const TrendChart = lazy(async () => ({ default: (await import('./TrendChart')).TrendChart }));

const AGENT = 'query AgentHeader($id: ID!) { Agent(id: $id) { id name externalId team { id name } } }';
const TREND_LENGTHS = [3, 6, 12] as const;

/** One agent for a period: score and rank, their trend, kpis against targets, and how the score came about. */
export const AgentScorePage = () => {
  const translate = useTranslate();
  const { id = '' } = useParams();
  const state = useScoresView('agent-page');
  const { view, setView } = state;
  const profiles = useProfilesOf(view);
  const request = view.scorecard && view.period
    ? { scorecard: view.scorecard, period: toPeriodInput(view.period), profile: view.profile } : null;
  const key = request ? JSON.stringify({ request, id }) : null;
  const score = useAsync(() => (request ? findAgentScore(gqlRequest, request, id) : Promise.resolve(null)), key);
  const agent = useGqlQuery<{ Agent: { name: string; externalId: string; team: { name: string } | null } | null }>(AGENT, { id });
  const [trendLength, setTrendLength] = useTrendLength();
  const trendPeriods = useMemo(() => (view.period ? periodsEndingWith(view.period, trendLength) : []), [view.period, trendLength]);
  const trend = useAsync(
    () => loadTrend(gqlRequest, view.scorecard ?? '', view.profile, trendPeriods, id),
    request ? JSON.stringify({ trendPeriods, id, scorecard: view.scorecard, profile: view.profile }) : null,
  );
  const current = score.data ?? null;
  const name = current?.agent.name ?? agent.data?.Agent?.name ?? id;
  const team = current?.agent.team?.name ?? agent.data?.Agent?.team?.name ?? null;
  const error = state.error ?? score.error;
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Title title={translate('ys.agent_page.title', { name })} />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <Button component={Link} to={leaderboardPath({ ...view, team: null })} startIcon={<ArrowBackIcon />} size="small">
              {translate('ys.agent_page.back')}
            </Button>
            <Typography variant="h5" data-testid="agent-name">{name}</Typography>
            {team && <Chip label={team} size="small" />}
          </Box>
          <ScoresControls view={view} setView={setView} scorecards={state.scorecards} profiles={profiles} withTeam={false} />
          {error && <Alert severity="error">{translate(messageOf(error), { _: error.message })}</Alert>}
          {score.loading && <LinearProgress />}
          {score.data === null && !score.loading && <Alert severity="info" data-testid="agent-not-scored">{translate('ys.agent_page.not_scored')}</Alert>}
          {current && (
            <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }} data-testid="agent-summary">
              <Figure label={translate('ys.agent_page.score')} value={current.score === null ? '—' : fixed(current.score)} testId="agent-score" />
              <Figure label={translate('ys.agent_page.rank')} value={current.rank === null ? '—' : `#${current.rank}`} testId="agent-rank" />
              <Figure label={translate('ys.agent_page.team_rank')} value={current.teamRank === null ? '—' : `#${current.teamRank}`} />
              <Figure label={translate('ys.agent_page.records_label')} value={String(current.records)} />
              <Figure label={translate('ys.agent_page.profile')} value={profileText(current.profile, profiles)} />
              {!current.eligible && <Chip color="warning" label={translate('ys.leaderboard.not_eligible')} />}
            </Box>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
            <Typography variant="h6">{translate('ys.agent_page.trend')}</Typography>
            <InlineField select label={translate('ys.agent_page.trend_length')} value={trendLength} sx={{ minWidth: 120 }}
              onChange={(event) => setTrendLength(Number(event.target.value))}>
              {TREND_LENGTHS.map((n) => <MenuItem key={n} value={n}>{translate('ys.agent_page.periods', { smart_count: n })}</MenuItem>)}
            </InlineField>
          </Box>
          {trend.error && <Alert severity="error">{translate(messageOf(trend.error), { _: trend.error.message })}</Alert>}
          {trend.data ? (
            <Suspense fallback={<CircularProgress size={24} />}>
              <Box data-testid="trend-chart"><TrendChart points={trendPoints(trendPeriods, trend.data)} /></Box>
            </Suspense>
          ) : trend.loading && <CircularProgress size={24} />}
        </CardContent>
      </Card>
      {current && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Card sx={{ height: '100%' }}><CardContent>
              <Typography variant="h6" gutterBottom>{translate('ys.agent_page.kpis')}</Typography>
              <KpiTable rows={kpiRows(current)} />
            </CardContent></Card>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Card sx={{ height: '100%' }}><CardContent>
              <Typography variant="h6" gutterBottom>{translate('ys.agent_page.targets')}</Typography>
              {current.targets.length === 0
                ? <Typography color="text.secondary">{translate('ys.agent_page.no_targets')}</Typography>
                : <TargetsTable rows={targetRows(current)} />}
            </CardContent></Card>
          </Grid>
        </Grid>
      )}
      {view.scorecard && view.period && current && (
        <ExplanationSection scorecard={view.scorecard} period={view.period} profile={view.profile} agentId={id}
          title={translate('ys.agent_page.explanation_for', { period: periodLabel(view.period) })} />
      )}
    </Box>
  );
};

const Figure = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <Box>
    <Typography variant="caption" color="text.secondary">{label}</Typography>
    <Typography variant="h5" data-testid={testId}>{value}</Typography>
  </Box>
);

function useTrendLength(): [number, (n: number) => void] {
  const [length, setLength] = useStore<number>('ys.agent-page.trend', 6);
  return [(TREND_LENGTHS as readonly number[]).includes(length) ? length : 6, setLength];
}
