import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, MenuItem, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, Title, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { useCanEdit, useRole } from '../common/use-role';
import { InlineField } from '../leaderboard/InlineField';
import { messageOf, toApiError } from '../providers/api-error';
import { gqlRequest } from '../providers/gql-request';
import { useGqlQuery } from '../providers/use-gql-query';
import { CLEAR_OVERRIDE } from './override-form';
import { OverridesTable } from './OverridesTable';
import { OVERRIDES, OVERVIEW, profileName, SCORECARDS, type OverrideRow, type ProfilesOverview } from './profiles-api';
import { ProfileTimeline } from './ProfileTimeline';
import { SwitchProfileDialog } from './SwitchProfileDialog';
import { TimelineWindowPicker } from './TimelineWindowPicker';
import { aroundToday, type TimelineWindow } from './timeline-window';
import { dayIn, showWallClock } from './wall-clock';

/**
 * Which profile weighs the kpis now and when: the schedule and overrides of a scorecard on a timeline, "switch to
 * 双11大促 now until …" in three clicks, and "back to normal" (end the override in effect).
 */
export const ProfilesPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const canEdit = useCanEdit('profiles');
  const role = useRole();
  const [params, setParams] = useSearchParams();
  const scorecards = useGqlQuery<{ scorecards: { key: string; label: string | null }[] }>(SCORECARDS);
  const list = scorecards.data?.scorecards ?? [];
  const asked = params.get('scorecard');
  const key = list.find((s) => s.key === asked)?.key ?? list[0]?.key ?? null;
  const overview = useGqlQuery<ProfilesOverview>(OVERVIEW, { scorecard: key ?? '' }, { skip: key === null });
  // Agents may not read overrides (their reasons are management notes): they see the timeline only.
  const overrides = useGqlQuery<{ profileOverrides: OverrideRow[] }>(OVERRIDES, { scorecard: key ?? '' }, { skip: key === null || role === 'agent' || role === null });
  const timeZone = overview.data?.organisation.timeZone ?? 'UTC';
  const [window, setWindow] = useState<TimelineWindow | null>(null);
  const shownWindow = window ?? aroundToday(dayIn(timeZone, Date.now()));
  const [switchTo, setSwitchTo] = useState<string | null>(null);
  const [ending, setEnding] = useState<OverrideRow | { id: string } | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = () => {
    setVersion((n) => n + 1);
    void overview.refetch();
    void overrides.refetch();
  };
  const profiles = overview.data?.scorecard?.inForce?.profiles ?? [];
  const inForce = overview.data?.profileInForce;
  const endOverride = async () => {
    if (!ending) return;
    try {
      await gqlRequest(CLEAR_OVERRIDE, { id: ending.id });
      notify('ys.profiles.ended', { type: 'success' });
      refresh();
    } catch (error) {
      const failure = toApiError(error);
      notify(messageOf(failure), { type: 'error', messageArgs: { _: failure.message } });
    } finally {
      setEnding(null);
    }
  };
  const error = scorecards.error ?? overview.error;
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Title title="ys.profiles.title" />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <InlineField select label={translate('ys.leaderboard.scorecard')} value={key ?? ''} sx={{ minWidth: 200 }}
              onChange={(event) => { setParams({ scorecard: event.target.value }); setWindow(null); }}>
              {list.map((s) => <MenuItem key={s.key} value={s.key}>{s.label ? `${s.label} (${s.key})` : s.key}</MenuItem>)}
            </InlineField>
            {inForce && (
              <Box data-testid="profile-now">
                <Typography variant="body2" color="text.secondary">{translate('ys.profiles.now_in_force')}</Typography>
                <Typography variant="h6" component="span" data-testid="profile-now-name">{profileName(profiles, inForce.profile)}</Typography>
                <Chip size="small" sx={{ ml: 1 }} color={inForce.source === 'OVERRIDE' ? 'warning' : 'default'}
                  label={translate(`ys.leaderboard.source.${inForce.source}`)} data-testid="profile-now-source" />
                {inForce.override && (
                  <Typography variant="body2" color="text.secondary">
                    {translate('ys.profiles.override_until', { to: showWallClock(inForce.override.to), reason: inForce.override.reason })}
                  </Typography>
                )}
              </Box>
            )}
          </Box>
          {error && <Alert severity="error">{translate(messageOf(error), { _: error.message })}</Alert>}
          {!scorecards.loading && list.length === 0 && <Alert severity="info">{translate('ys.leaderboard.no_scorecards')}</Alert>}
          {overview.data && !overview.data.scorecard?.inForce && <Alert severity="info">{translate('ys.profiles.no_version')}</Alert>}
          {canEdit && inForce && (
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              {/* Overrides may not overlap: while one runs, the way to another profile is back to normal first. */}
              {inForce.source !== 'OVERRIDE' && profiles.filter((p) => p.key !== inForce.profile).map((p) => (
                <Button key={p.key} variant="contained" startIcon={<SwapHorizIcon />} onClick={() => setSwitchTo(p.key)} data-testid={`switch-${p.key}`}>
                  {translate('ys.profiles.switch_now', { profile: p.label ?? p.key })}
                </Button>
              ))}
              {inForce.source === 'OVERRIDE' && inForce.override && (
                <>
                  <Button variant="contained" color="warning" startIcon={<UndoIcon />} data-testid="back-to-normal"
                    onClick={() => setEnding({ id: inForce.override?.id ?? '' })}>
                    {translate('ys.profiles.back_to_normal')}
                  </Button>
                  <Typography variant="body2" color="text.secondary">{translate('ys.profiles.one_at_a_time')}</Typography>
                </>
              )}
            </Box>
          )}
        </CardContent>
      </Card>
      {key && overview.data?.scorecard?.inForce && (
        <Card>
          <CardContent sx={{ display: 'grid', gap: 2 }}>
            <Typography variant="h6">{translate('ys.profiles.timeline')}</Typography>
            <TimelineWindowPicker value={shownWindow} onChange={setWindow} profiles={profiles} today={dayIn(timeZone, Date.now())} />
            <ProfileTimeline key={version} scorecard={key} from={shownWindow.from} to={shownWindow.to} timeZone={timeZone}
              profiles={profiles} overrides={overrides.data?.profileOverrides ?? []} />
          </CardContent>
        </Card>
      )}
      {key && role !== 'agent' && (
        <Card>
          <CardContent>
            <Typography variant="h6" gutterBottom>{translate('ys.profiles.overrides')}</Typography>
            {overrides.loading && !overrides.data && <CircularProgress size={24} />}
            {overrides.data && (
              <OverridesTable overrides={overrides.data.profileOverrides} profiles={profiles} nowMs={Date.now()}
                onEnd={canEdit ? (override) => setEnding(override) : null} />
            )}
          </CardContent>
        </Card>
      )}
      {key && (
        <SwitchProfileDialog scorecard={key} profiles={profiles} profile={switchTo} timeZone={timeZone}
          onClose={() => setSwitchTo(null)}
          onSwitched={() => { setSwitchTo(null); notify('ys.profiles.switched', { type: 'success' }); refresh(); }} />
      )}
      <Confirm isOpen={ending !== null} title="ys.profiles.end_title" content="ys.profiles.end_content"
        onConfirm={() => void endOverride()} onClose={() => setEnding(null)} />
    </Box>
  );
};
