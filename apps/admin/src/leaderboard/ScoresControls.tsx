import { Box, MenuItem } from '@mui/material';
import { InlineField } from './InlineField';
import { useTranslate } from 'react-admin';
import { useGqlQuery } from '../providers/use-gql-query';
import type { ScoresView } from './leaderboard-params';
import { periodDays, periodProblem } from './period-choice';
import { PeriodPicker } from './PeriodPicker';
import type { ScorecardChoice } from './use-scores-view';

const TEAMS = 'query ScoreTeams { allTeams(perPage: 1000, sortField: "name", sortOrder: "ASC") { id name } }';
const PROFILES = `query ScoreProfiles($key: String!, $day: String) {
  scorecard(key: $key) { key inForce(day: $day) { version profiles { key label isDefault } } }
}`;

/** The menu value for "every team" / "the profile in force" (a select shows nothing for an empty value). */
const ALL = '*';

export interface ProfileChoice { key: string; label: string | null; isDefault: boolean }
interface ProfilesAnswer { scorecard: { inForce: { version: number; profiles: ProfileChoice[] } | null } | null }

/** The profiles of the version in force on the period's last day (the version the scores come from). */
export function useProfilesOf(view: ScoresView): ProfileChoice[] {
  const day = view.period && periodProblem(view.period) === null ? periodDays(view.period).to : null;
  const { data } = useGqlQuery<ProfilesAnswer>(PROFILES, { key: view.scorecard ?? '', day }, { skip: !view.scorecard || !day });
  return data?.scorecard?.inForce?.profiles ?? [];
}

interface ScoresControlsProps {
  view: ScoresView;
  setView: (change: Partial<ScoresView>) => void;
  scorecards: ScorecardChoice[];
  profiles: ProfileChoice[];
  /** show the team choice (the leaderboard) or not (an agent page) */
  withTeam?: boolean;
}

/** Scorecard, period, team and profile of a scores page. */
export const ScoresControls = ({ view, setView, scorecards, profiles, withTeam = true }: ScoresControlsProps) => {
  const translate = useTranslate();
  const teams = useGqlQuery<{ allTeams: { id: string; name: string }[] }>(TEAMS, {}, { skip: !withTeam });
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <InlineField select size="small" label={translate('ys.leaderboard.scorecard')} value={view.scorecard ?? ''} sx={{ minWidth: 180 }}
        onChange={(event) => setView({ scorecard: event.target.value, team: view.team, profile: null })}
        slotProps={{ htmlInput: { 'data-testid': 'scorecard-select' } }}>
        {scorecards.map((scorecard) => (
          <MenuItem key={scorecard.key} value={scorecard.key}>{scorecard.label ? `${scorecard.label} (${scorecard.key})` : scorecard.key}</MenuItem>
        ))}
      </InlineField>
      {view.period && <PeriodPicker value={view.period} onChange={(period) => setView({ period })} />}
      {withTeam && (
        <InlineField select size="small" label={translate('ys.leaderboard.team')} value={view.team ?? ALL} sx={{ minWidth: 150 }}
          onChange={(event) => setView({ team: event.target.value === ALL ? null : event.target.value })} slotProps={{ htmlInput: { 'data-testid': 'team-select' } }}>
          <MenuItem value={ALL}>{translate('ys.leaderboard.all_teams')}</MenuItem>
          {(teams.data?.allTeams ?? []).map((team) => <MenuItem key={team.id} value={team.id}>{team.name}</MenuItem>)}
        </InlineField>
      )}
      <InlineField select size="small" label={translate('ys.leaderboard.profile')} value={view.profile ?? ALL} sx={{ minWidth: 200 }}
        onChange={(event) => setView({ profile: event.target.value === ALL ? null : event.target.value })} slotProps={{ htmlInput: { 'data-testid': 'profile-select' } }}>
        <MenuItem value={ALL}>{translate('ys.leaderboard.profile_in_force')}</MenuItem>
        {profiles.map((profile) => (
          <MenuItem key={profile.key} value={profile.key}>{profile.label ? `${profile.label} (${profile.key})` : profile.key}</MenuItem>
        ))}
      </InlineField>
    </Box>
  );
};
