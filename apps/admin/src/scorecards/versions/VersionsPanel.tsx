import { Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ScorecardVersion } from '../scorecard-api';
import { SideBySideDiff } from './SideBySideDiff';

// The versions of a scorecard (draft, published, retired) and any two of them — or one and the text in the
// editor — side by side.

export interface VersionsPanelProps {
  versions: readonly ScorecardVersion[];
  /** the text in the editor, offered as a side of the comparison */
  current: string;
}

const CURRENT = 'current';
const STATUS_COLOR = { DRAFT: 'warning', PUBLISHED: 'success', RETIRED: 'default' } as const;

export const VersionsPanel = ({ versions, current }: VersionsPanelProps) => {
  const translate = useTranslate();
  const sorted = useMemo(() => [...versions].sort((a, b) => b.version - a.version), [versions]);
  const defaultLeft = sorted.find((v) => v.status === 'PUBLISHED') ?? sorted[0];
  const [left, setLeft] = useState(defaultLeft ? String(defaultLeft.version) : CURRENT);
  const [right, setRight] = useState(CURRENT);
  useEffect(() => {
    if (left !== CURRENT && !sorted.some((v) => String(v.version) === left)) setLeft(defaultLeft ? String(defaultLeft.version) : CURRENT);
  }, [sorted, left, defaultLeft]);
  const textOf = (choice: string) => (choice === CURRENT ? current : sorted.find((v) => String(v.version) === choice)?.source ?? '');
  const titleOf = (choice: string) => {
    if (choice === CURRENT) return translate('ys.scorecards.versions.current');
    const v = sorted.find((x) => String(x.version) === choice);
    return v ? `v${v.version} · ${translate(`ys.scorecards.versions.statuses.${v.status}`)}` : '';
  };
  const options = [{ value: CURRENT, label: translate('ys.scorecards.versions.current') }, ...sorted.map((v) => ({ value: String(v.version), label: titleOf(String(v.version)) }))];
  return (
    <Stack spacing={2}>
      <Table size="small" data-testid="versions-table">
        <TableHead>
          <TableRow>
            {['version', 'status', 'author', 'saved', 'effective', 'valid'].map((key) => <TableCell key={key}>{translate(`ys.scorecards.versions.${key}`)}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((v) => (
            <TableRow key={v.id}>
              <TableCell>v{v.version}</TableCell>
              <TableCell><Chip size="small" color={STATUS_COLOR[v.status]} label={translate(`ys.scorecards.versions.statuses.${v.status}`)} /></TableCell>
              <TableCell>{v.author ?? '—'}</TableCell>
              <TableCell>{(v.publishedAt ?? v.updatedAt).replace('T', ' ').slice(0, 16)}</TableCell>
              <TableCell>{v.effectiveFrom ?? '—'}</TableCell>
              <TableCell>{v.valid ? '✓' : '✗'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack sx={{ alignItems: 'center' }} direction="row" spacing={2}>
        <Typography>{translate('ys.scorecards.versions.compare')}</Typography>
        <TextField fullWidth={false} select size="small" value={left} onChange={(e) => setLeft(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'diff-left-choice' } }}>
          {options.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
        </TextField>
        <Typography>{translate('ys.scorecards.versions.with')}</Typography>
        <TextField fullWidth={false} select size="small" value={right} onChange={(e) => setRight(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'diff-right-choice' } }}>
          {options.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
        </TextField>
      </Stack>
      <SideBySideDiff before={textOf(left)} after={textOf(right)} beforeTitle={titleOf(left)} afterTitle={titleOf(right)} />
    </Stack>
  );
};
