import { Box, Chip, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProfileChoice } from './ScoresControls';
import type { ScoresPageMeta } from './scores-api';

/** Which profile weighed which days of the period, and why (schedule, override with its reason, default…). */
export const SegmentsNote = ({ meta, profiles }: { meta: ScoresPageMeta; profiles: ProfileChoice[] }) => {
  const translate = useTranslate();
  const labelOf = (key: string) => profiles.find((profile) => profile.key === key)?.label ?? key;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} data-testid="segments">
      <Typography variant="body2" color="text.secondary">
        {translate('ys.leaderboard.scored_with', { version: meta.version, from: meta.period.from, to: meta.period.to })}
      </Typography>
      {meta.segments.map((segment) => {
        const chip = (
          <Chip size="small" key={`${segment.from}-${segment.profile}`} data-testid="segment"
            color={segment.source === 'OVERRIDE' ? 'warning' : segment.source === 'SCHEDULE' ? 'info' : 'default'}
            label={`${segment.from === segment.to ? segment.from : `${segment.from}..${segment.to}`}: ${labelOf(segment.profile) || '—'} · ${translate(`ys.leaderboard.source.${segment.source}`)}`} />
        );
        return segment.overrideReason
          ? <Tooltip key={`${segment.from}-${segment.profile}`} title={segment.overrideReason}>{chip}</Tooltip>
          : chip;
      })}
    </Box>
  );
};
