import { Box, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { foldUnchanged, sideBySide, type DiffSide } from './side-by-side';

// Two texts in two columns, the changed lines tinted (removed on the left, added on the right), long unchanged
// stretches folded away.

export interface SideBySideDiffProps {
  before: string;
  after: string;
  beforeTitle: string;
  afterTitle: string;
}

const TINT = { removed: 'rgba(244, 67, 54, 0.14)', added: 'rgba(76, 175, 80, 0.16)', empty: 'rgba(128, 128, 128, 0.06)', same: 'transparent' };

export const SideBySideDiff = ({ before, after, beforeTitle, afterTitle }: SideBySideDiffProps) => {
  const translate = useTranslate();
  const diff = useMemo(() => sideBySide(before, after), [before, after]);
  const rows = useMemo(() => foldUnchanged(diff.rows, 3), [diff]);
  return (
    <Box data-testid="version-diff">
      <Typography variant="body2" sx={{ mb: 1 }}>
        <Box component="span" sx={{ color: 'success.main', mr: 2 }}>{translate('ys.scorecards.versions.added', { smart_count: diff.added })}</Box>
        <Box component="span" sx={{ color: 'error.main' }}>{translate('ys.scorecards.versions.removed', { smart_count: diff.removed })}</Box>
      </Typography>
      {diff.added + diff.removed === 0
        ? <Typography color="text.secondary">{translate('ys.scorecards.versions.no_changes')}</Typography>
        : (
          <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontFamily: 'monospace', fontSize: 13 }}>
            <colgroup>
              <col style={{ width: 44 }} />
              <col />
              <col style={{ width: 44 }} />
              <col />
            </colgroup>
            <thead>
              <tr>
                <Box component="th" colSpan={2} sx={{ textAlign: 'left', p: 0.5 }}>{beforeTitle}</Box>
                <Box component="th" colSpan={2} sx={{ textAlign: 'left', p: 0.5 }}>{afterTitle}</Box>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => row === null
                ? (
                  <tr key={`gap-${i}`}>
                    <Box component="td" colSpan={4} sx={{ textAlign: 'center', color: 'text.secondary', py: 0.25, fontSize: 12 }}>
                      ⋯ {translate('ys.scorecards.versions.skipped')} ⋯
                    </Box>
                  </tr>
                )
                : (
                  <tr key={`${row.left.line ?? '-'}:${row.right.line ?? '-'}`}>
                    <Side side={row.left} testId="diff-left" />
                    <Side side={row.right} testId="diff-right" />
                  </tr>
                ))}
            </tbody>
          </Box>
        )}
    </Box>
  );
};

const Side = ({ side, testId }: { side: DiffSide; testId: string }) => (
  <>
    <Box component="td" sx={{ textAlign: 'right', pr: 1, color: 'text.secondary', userSelect: 'none', background: TINT[side.kind] }}>
      {side.line ?? ''}
    </Box>
    <Box component="td" data-testid={testId} data-kind={side.kind}
      sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', background: TINT[side.kind], borderRight: '1px solid rgba(128,128,128,0.2)', px: 0.5 }}>
      {side.text}
    </Box>
  </>
);
