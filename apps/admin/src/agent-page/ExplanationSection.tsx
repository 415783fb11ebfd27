import { Alert, Box, Card, CardContent, CircularProgress, Tab, Tabs, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { toPeriodInput, type PeriodChoice } from '../leaderboard/period-choice';
import { messageOf } from '../providers/api-error';
import { useGqlQuery } from '../providers/use-gql-query';
import { AggregateRecords, type RecordsRequest } from './AggregateRecords';
import { readExplainNode } from './explain-tree';
import { ExplanationTree } from './ExplanationTree';

const EXPLAIN = `query ExplainScore($scorecard: String!, $period: PeriodInput!, $agent: ID!, $profile: String) {
  explainScore(scorecard: $scorecard, period: $period, agent: $agent, profile: $profile) { version profile tree text }
}`;

interface ExplanationSectionProps {
  scorecard: string;
  period: PeriodChoice;
  profile: string | null;
  agentId: string;
  title: string;
}

/**
 * How the score came about, from the api's explanation tree (computed for the request), down to the records each
 * aggregate used (`interactions`, fetched only when asked for; within the aggregate's segment when there are several).
 */
export const ExplanationSection = ({ scorecard, period, profile, agentId, title }: ExplanationSectionProps) => {
  const translate = useTranslate();
  const [tab, setTab] = useState<'tree' | 'text'>('tree');
  const { data, error, loading } = useGqlQuery<{ explainScore: { version: number; profile: string; tree: unknown; text: string } }>(
    EXPLAIN, { scorecard, period: toPeriodInput(period), agent: agentId, profile });
  const root = useMemo(() => (data ? readExplainNode(data.explainScore.tree) : null), [data]);
  const [records, setRecords] = useState<RecordsRequest | null>(null);
  const openRecords = (aggregate: string, segment: number | null) => setRecords({
    agent: agentId, scorecard, aggregate, period: toPeriodInput(period) as Record<string, string>, segment,
  });
  return (
    <Card data-testid="explanation">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Typography variant="h6">{title}</Typography>
          <Tabs value={tab} onChange={(_, value: 'tree' | 'text') => setTab(value)}>
            <Tab value="tree" label={translate('ys.agent_page.as_tree')} />
            <Tab value="text" label={translate('ys.agent_page.as_text')} data-testid="explanation-text-tab" />
          </Tabs>
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('ys.agent_page.records_note')}</Typography>
        {loading && !data && <CircularProgress size={24} />}
        {error && <Alert severity="error">{translate(messageOf(error), { _: error.message })}</Alert>}
        {data && tab === 'tree' && (root ? <ExplanationTree root={root} onRecords={openRecords} /> : <Alert severity="warning">{translate('ys.agent_page.unreadable')}</Alert>)}
        {data && tab === 'text' && (
          <Box component="pre" sx={{ fontFamily: 'monospace', fontSize: 13, overflowX: 'auto', m: 0 }} data-testid="explanation-text">
            {data.explainScore.text}
          </Box>
        )}
        {records && <AggregateRecords request={records} onClose={() => setRecords(null)} />}
      </CardContent>
    </Card>
  );
};
