import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ListAltIcon from '@mui/icons-material/ListAlt';
import { Box, Button, Chip, IconButton, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatValue, formatWeight } from '../leaderboard/value-format';
import {
  flattenExplanation, foldableIds, initiallyCollapsed, segmentIndexOf, visibleRows, type ExplainNode, type ExplainRow,
} from './explain-tree';

/** Opens the records an aggregate used: its text, and its segment's index when the period was scored in segments. */
export type OpenRecords = (aggregate: string, segment: number | null) => void;

const KIND_COLOURS: Record<string, 'primary' | 'secondary' | 'info' | 'success' | 'warning' | 'default'> = {
  score: 'primary', segment: 'secondary', kpi: 'info', metric: 'success', aggregate: 'default', target: 'warning',
};

/**
 * The explanation as an indented list: each kpi with its weight and the tier branch it took, the metrics under it
 * and the aggregates with how many records each used; folds open and shut.
 */
export const ExplanationTree = ({ root, onRecords }: { root: ExplainNode; onRecords?: OpenRecords }) => {
  const translate = useTranslate();
  const rows = useMemo(() => flattenExplanation(root), [root]);
  const [collapsed, setCollapsed] = useState<Set<string>>(() => initiallyCollapsed(rows));
  const toggle = (id: string) => setCollapsed((previous) => {
    const next = new Set(previous);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  return (
    <Box data-testid="explanation-tree">
      <Box sx={{ display: 'flex', gap: 1, mb: 1 }}>
        <Button size="small" onClick={() => setCollapsed(new Set())} data-testid="expand-all">{translate('ys.agent_page.expand_all')}</Button>
        <Button size="small" onClick={() => setCollapsed(new Set(foldableIds(rows)))}>{translate('ys.agent_page.collapse_all')}</Button>
      </Box>
      {visibleRows(rows, collapsed).map((row) => (
        <TreeRow key={row.id} row={row} open={!collapsed.has(row.id)} onToggle={() => toggle(row.id)}
          onRecords={onRecords && row.node.kind === 'aggregate' && (row.node.records ?? 0) > 0
            ? () => onRecords(row.node.text, segmentIndexOf(rows, row)) : undefined} />
      ))}
    </Box>
  );
};

const TreeRow = ({ row, open, onToggle, onRecords }: { row: ExplainRow; open: boolean; onToggle: () => void; onRecords?: () => void }) => {
  const translate = useTranslate();
  const { node } = row;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, pl: row.depth * 3, py: 0.25, borderBottom: '1px solid', borderColor: 'divider' }}
      data-testid="explain-row" data-kind={node.kind}>
      <Box sx={{ width: 28, flexShrink: 0 }}>
        {row.hasChildren && (
          <IconButton size="small" onClick={onToggle} aria-label={translate(open ? 'ys.agent_page.collapse' : 'ys.agent_page.expand')}>
            {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
          </IconButton>
        )}
      </Box>
      <Chip size="small" variant="outlined" color={KIND_COLOURS[node.kind] ?? 'default'} label={translate(`ys.agent_page.kinds.${node.kind}`)} sx={{ minWidth: 72 }} />
      <Typography variant="body2" sx={{ fontWeight: node.kind === 'kpi' || node.kind === 'score' ? 600 : 400 }}>
        {titleOf(node)}
      </Typography>
      <Typography variant="body2" sx={{ fontFamily: 'monospace', color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flex: 1, minWidth: 0 }}
        title={node.text}>
        {node.kind === 'score' || node.kind === 'eligibility' ? '' : node.text}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="explain-value">{valueOf(node, translate)}</Typography>
      {node.weight !== undefined && node.weight !== null && (
        <Chip size="small" label={translate('ys.agent_page.weight', { weight: formatWeight(node.weight) })} />
      )}
      {node.branch && <Chip size="small" color="info" label={translate('ys.agent_page.branch', { branch: node.branch })} data-testid="explain-branch" />}
      {node.records !== undefined && (
        <Chip size="small" variant="outlined" label={translate('ys.agent_page.records', { smart_count: node.records })} data-testid="explain-records" />
      )}
      {onRecords && (
        <Button size="small" startIcon={<ListAltIcon fontSize="small" />} onClick={onRecords} data-testid="explain-open-records">
          {translate('ys.agent_page.open_records')}
        </Button>
      )}
    </Box>
  );
};

function titleOf(node: ExplainNode): string {
  if (node.kind === 'score') return node.key ?? '';
  if (node.kind === 'segment') return node.label ? `${node.label} (${node.key ?? ''})` : node.key ?? '';
  if (node.kind === 'expression' || node.kind === 'aggregate' || node.kind === 'eligibility') return '';
  return node.label ? `${node.label} (${node.key ?? ''})` : node.key ?? '';
}

function valueOf(node: ExplainNode, translate: (key: string) => string): string {
  if (typeof node.value === 'boolean') {
    if (node.kind === 'target') return translate(node.value ? 'ys.agent_page.met' : 'ys.agent_page.missed');
    return translate(node.value ? 'ys.agent_page.yes' : 'ys.agent_page.no');
  }
  if (typeof node.value === 'string') return node.value;
  return formatValue(node.value, node.type === 'boolean' ? 'number' : node.type);
}
