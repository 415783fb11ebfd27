import {
  Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell,
  TableHead, TableRow, Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatValue } from '../leaderboard/value-format';
import { messageOf } from '../providers/api-error';
import { useGqlQuery } from '../providers/use-gql-query';
import { RECORD_PROPERTIES, recordColumns, recordFieldValue, recordValueKind, type RecordNode } from './record-fields';

const PAGE = 50;

const INTERACTIONS = `query AggregateRecords($agent: ID!, $period: PeriodInput!, $scorecard: String, $aggregate: String, $segment: Int, $first: Int, $after: String) {
  interactions(agent: $agent, period: $period, scorecard: $scorecard, aggregate: $aggregate, segment: $segment, first: $first, after: $after) {
    totalCount fields pageInfo { hasNextPage endCursor }
    edges { node { id source externalId occurredAt ${RECORD_PROPERTIES.join(' ')} custom } }
  }
}`;

interface Answer {
  interactions: {
    totalCount: number; fields: string[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: RecordNode }[];
  };
}

export interface RecordsRequest {
  agent: string;
  scorecard: string;
  aggregate: string;
  period: Record<string, string>;
  /** the segment the aggregate counted in, when the period was scored in segments */
  segment: number | null;
}

/**
 * The records one aggregate used, a page at a time, fetched only when opened (`interactions`, docs/service.md), with
 * a column for each record field the aggregate reads (the compiled aggregate's field list, as the api gives it).
 */
export const AggregateRecords = ({ request, onClose }: { request: RecordsRequest; onClose: () => void }) => {
  const translate = useTranslate();
  // cursors of the pages before the one shown: Previous pops, Next pushes
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, error, loading } = useGqlQuery<Answer>(INTERACTIONS, { ...request, first: PAGE, after });
  const page = data?.interactions;
  const columns = recordColumns(page?.fields ?? []);
  const cell = (node: RecordNode, field: string): string => {
    const value = recordFieldValue(node, field);
    switch (recordValueKind(field, value)) {
      case 'empty': return '';
      case 'boolean': return translate(value ? 'ys.agent_page.yes' : 'ys.agent_page.no');
      case 'duration': return formatValue(value as number, 'duration');
      case 'number': return formatValue(value as number);
      default: return typeof value === 'object' ? JSON.stringify(value) : String(value);
    }
  };
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
                {['occurred_at', 'record'].map((column) => (
                  <TableCell key={column}>{translate(`ys.agent_page.record_columns.${column}`)}</TableCell>
                ))}
                {columns.map((field) => <TableCell key={field} data-testid="record-column" sx={{ fontFamily: 'monospace' }}>{field}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {page.edges.map(({ node }) => (
                <TableRow key={node.id} data-testid="record-row" data-record={node.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{node.occurredAt.slice(0, 19).replace('T', ' ')}</TableCell>
                  <TableCell>{`${node.source}/${node.externalId}`}</TableCell>
                  {columns.map((field) => <TableCell key={field}>{cell(node, field)}</TableCell>)}
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
