import { Alert, Box, CircularProgress, Tooltip, Typography } from '@mui/material';
import { useMemo, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { messageOf } from '../providers/api-error';
import { useGqlQuery } from '../providers/use-gql-query';
import { profileName, TIMELINE, type OverrideRow, type ScorecardProfile, type TimelineAnswer } from './profiles-api';
import { layoutTimeline, type OverrideBar, type StretchBar } from './timeline-layout';
import { showWallClock } from './wall-clock';

/** One colour per profile, in the scorecard's order; the last for a profile no longer in the scorecard. */
export const PROFILE_COLOURS = ['#78909c', '#e65100', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457', '#5d4037', '#283593', '#9e9d24'];
export const colour = (index: number) => PROFILE_COLOURS[index % PROFILE_COLOURS.length];

interface ProfileTimelineProps {
  scorecard: string;
  from: string;
  to: string;
  timeZone: string;
  profiles: ScorecardProfile[];
  overrides: OverrideRow[];
}

/** The profile deciding each stretch of [from, to], with the overrides below and a line at now. */
export const ProfileTimeline = ({ scorecard, from, to, timeZone, profiles, overrides }: ProfileTimelineProps) => {
  const translate = useTranslate();
  const { data, error, loading } = useGqlQuery<TimelineAnswer>(TIMELINE, { scorecard, from, to });
  const layout = useMemo(() => (data ? layoutTimeline({
    from: data.profileTimeline.from, to: data.profileTimeline.to, timeZone: data.profileTimeline.timeZone || timeZone,
    stretches: data.profileTimeline.stretches, overrides, profiles: profiles.map((p) => p.key), nowMs: Date.now(),
  }) : null), [data, overrides, profiles, timeZone]);
  if (error) return <Alert severity="error">{translate(messageOf(error), { _: error.message })}</Alert>;
  if (!layout) return loading ? <CircularProgress size={24} /> : null;
  return (
    <Box data-testid="profile-timeline">
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        {profiles.map((profile, index) => (
          <Box key={profile.key} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Box sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: colour(index) }} />
            <Typography variant="caption">{profileName(profiles, profile.key)}</Typography>
          </Box>
        ))}
      </Box>
      <Box sx={{ position: 'relative', pt: 1 }}>
        <Lane label={translate('ys.profiles.in_force')}>
          {layout.bars.map((bar) => <StretchBlock key={bar.stretch.from} bar={bar} profiles={profiles} />)}
        </Lane>
        {layout.lanes.map((lane, index) => (
          <Lane key={index} label={index === 0 ? translate('ys.profiles.overrides') : ''} thin>
            {lane.map((bar) => <OverrideBlock key={bar.override.id} bar={bar} profiles={profiles} />)}
          </Lane>
        ))}
        <Box sx={{ position: 'relative', ml: '110px', height: 22 }}>
          {layout.ticks.map((tick) => (
            <Typography key={`${tick.left}-${tick.label}`} variant="caption" color={tick.major ? 'text.primary' : 'text.secondary'}
              sx={{ position: 'absolute', left: `${tick.left}%`, top: 0, transform: 'translateX(-50%)', whiteSpace: 'nowrap', fontWeight: tick.major ? 600 : 400 }}>
              {tick.label}
            </Typography>
          ))}
        </Box>
        {layout.now !== null && (
          <Tooltip title={translate('ys.profiles.now')}>
            <Box data-testid="timeline-now" sx={{ position: 'absolute', top: 0, bottom: 22, left: `calc(110px + (100% - 110px) * ${layout.now / 100})`, width: 2, bgcolor: 'error.main' }} />
          </Tooltip>
        )}
      </Box>
    </Box>
  );
};

const Lane = ({ label, thin, children }: { label: string; thin?: boolean; children: ReactNode }) => (
  <Box sx={{ display: 'flex', alignItems: 'center', mb: 0.5 }}>
    <Typography variant="caption" color="text.secondary" sx={{ width: 110, flexShrink: 0 }}>{label}</Typography>
    <Box sx={{ position: 'relative', flex: 1, height: thin ? 18 : 34, bgcolor: 'action.hover', borderRadius: 1 }}>{children}</Box>
  </Box>
);

const StretchBlock = ({ bar, profiles }: { bar: StretchBar; profiles: ScorecardProfile[] }) => {
  const translate = useTranslate();
  const { stretch } = bar;
  const title = `${profileName(profiles, stretch.profile)} · ${translate(`ys.leaderboard.source.${stretch.source}`)} · `
    + `${showWallClock(stretch.from)} → ${showWallClock(stretch.to)}${stretch.reason ? ` · ${stretch.reason}` : ''}`;
  return (
    <Tooltip title={title}>
      <Box data-testid="timeline-stretch" data-profile={stretch.profile ?? ''} data-source={stretch.source}
        sx={{
          position: 'absolute', top: 0, bottom: 0, left: `${bar.left}%`, width: `${bar.width}%`, bgcolor: colour(bar.colour),
          borderRight: '1px solid white', overflow: 'hidden', color: 'white', px: 0.5, display: 'flex', alignItems: 'center',
          backgroundImage: stretch.source === 'OVERRIDE' ? 'repeating-linear-gradient(45deg, rgba(255,255,255,.18) 0 6px, transparent 6px 12px)' : undefined,
        }}>
        <Typography variant="caption" noWrap>{stretch.label ?? stretch.profile ?? '—'}</Typography>
      </Box>
    </Tooltip>
  );
};

const OverrideBlock = ({ bar, profiles }: { bar: OverrideBar; profiles: ScorecardProfile[] }) => {
  const translate = useTranslate();
  const { override } = bar;
  const title = `${profileName(profiles, override.profile)} · ${showWallClock(override.from)} → ${showWallClock(override.to)} · `
    + `${override.reason}${override.active ? '' : ` · ${translate('ys.profiles.cleared')}`}`;
  return (
    <Tooltip title={title}>
      <Box data-testid="timeline-override" sx={{
        position: 'absolute', top: 2, bottom: 2, left: `${bar.left}%`, width: `max(${bar.width}%, 3px)`, borderRadius: 1,
        bgcolor: override.active ? colour(bar.colour) : 'transparent', border: `2px ${override.active ? 'solid' : 'dashed'} ${colour(bar.colour)}`,
      }} />
    </Tooltip>
  );
};
