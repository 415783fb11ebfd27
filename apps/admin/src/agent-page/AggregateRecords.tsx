import {
  Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell,
  TableHead, TableRow, Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatValue } from '../leaderboard/value-format';
import { messageOf } from '../providers/api-error';
import { useGqlQuery } from '../providers/use-gql-query';

const PAGE = 50;

const INTERACTIONS = `query AggregateRecords($agent: ID!, $period: PeriodInput!, $scorecard: String, $aggregate: String, $segment: Int, $first: Int, $after: String) {
  interactions(agent: $agent, period: $period, scorecard: $scorecard, aggregate: $aggregate, segment: $segment, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id source externalId occurredAt channel answered resolved rating handleSeconds custom } }
  }
}`;

interface RecordNode {
  id: string; source: string; externalId: string; occurredAt: string; channel: string | null;
  answered: boolean | null; resolved: boolean | null; rating: number | null; handleSeconds: number | null;
  custom: Record<string, unknown>;
}

interface Answer {
  interactions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: RecordNode }[] };
}

export interface RecordsRequest {
  agent: string;
  scorecard: string;
  aggregate: string;
  period: Record<string, string>;
  /** the segment the aggregate counted in, when the period was scored in segments */
  segment: number | null;
}

/** The records one aggregate used, a page at a time, fetched only when opened (`interactions`, docs/service.md). */
export const AggregateRecords = ({ request, onClose }: { request: RecordsRequest; onClose: () => void }) => {
  const translate = useTranslate();
  // cursors of the pages before the one shown: Previous pops, Next pushes
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, error, loading } = useGqlQuery<Answer>(INTERACTIONS, { ...request, first: PAGE, after });
  const page = data?.interactions;
  const bool = (value: boolean | null) => (value === null ? '' : translate(value ? 'ys.agent_page.yes' : 'ys.agent_page.no'));
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth data-testid="aggregate-records">
      <DialogTitle>
        {translate('ys.agent_page.records_of', { aggregate: request.aggregate })}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 2 }} data-testid="aggregate-records-total">
          {page ? translate('ys.agent_page.records', { smart_count: page.totalCount }) : ''}
        </Typography>
      </DialogTitle>
      <DialogContent>
        {loading && <CircularProgress size={24} />}
        {error && <Alert severity="error">{translate(messageOf(error), { _: error.message })}</Alert>}
        {page && !loading && (
          <Table size="small">
            <TableHead>
              <TableRow>
                {['occurred_at', 'record', 'channel', 'answered', 'resolved', 'rating', 'handle', 'custom'].map((column) => (
                  <TableCell key={column}>{translate(`ys.agent_page.record_columns.${column}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {page.edges.map(({ node }) => (
                <TableRow key={node.id} data-testid="record-row" data-record={node.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{node.occurredAt.slice(0, 19).replace('T', ' ')}</TableCell>
                  <TableCell>{`${node.source}/${node.externalId}`}</TableCell>
                  <TableCell>{node.channel ?? ''}</TableCell>
                  <TableCell>{bool(node.answered)}</TableCell>
                  <TableCell>{bool(node.resolved)}</TableCell>
                  <TableCell>{node.rating ?? ''}</TableCell>
                  <TableCell>{node.handleSeconds === null ? '' : formatValue(node.handleSeconds, 'duration')}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                    {Object.keys(node.custom).length > 0 ? JSON.stringify(node.custom) : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Box sx={{ flex: 1 }} />
        <Button disabled={cursors.length < 2 || loading} onClick={() => setCursors((list) => list.slice(0, -1))}
          data-testid="records-previous">{translate('ys.agent_page.previous_page')}</Button>
        <Button disabled={!page?.pageInfo.hasNextPage || loading}
          onClick={() => setCursors((list) => [...list, page?.pageInfo.endCursor ?? null])} data-testid="records-next">
          {translate('ys.agent_page.next_page')}
        </Button>
        <Button onClick={onClose}>{translate('ys.agent_page.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
