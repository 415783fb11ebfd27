import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { messageOf, toApiError, type ApiError } from '../providers/api-error';
import { gqlRequest } from '../providers/gql-request';
import { overrideProblems, overrideVariables, SET_OVERRIDE, type OverrideDraft } from './override-form';
import { profileName, type ScorecardProfile } from './profiles-api';
import { overrideDefaults, untilChoices } from './wall-clock';

/** The profiles context's refusals, worded by the console; the api's message adds the particulars. */
const OWN_CODES = ['PROFILE_OVERRIDE_OVERLAPS', 'PROFILE_UNKNOWN', 'SCORECARD_NO_VERSION_IN_FORCE', 'BAD_USER_INPUT'];

interface SwitchProfileDialogProps {
  scorecard: string;
  profiles: ScorecardProfile[];
  /** the profile to switch to (preselected); null closes the dialog */
  profile: string | null;
  timeZone: string;
  onClose: () => void;
  onSwitched: () => void;
}

/**
 * "Switch to 双11大促 now until …": the profile is preselected, from is now and until is the end of tomorrow in
 * the organisation's zone, so a reason and one click on Switch are all it takes.
 */
export const SwitchProfileDialog = ({ scorecard, profiles, profile, timeZone, onClose, onSwitched }: SwitchProfileDialogProps) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState<OverrideDraft>({ profile: '', from: '', to: '', reason: '' });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (profile === null) return;
    setDraft({ profile, ...overrideDefaults(Date.now(), timeZone), reason: '' });
    setFailure(null);
    setTouched(false);
  }, [profile, timeZone]);
  const problems = overrideProblems(draft);
  const shown = (field: keyof OverrideDraft) => (touched || field !== 'reason' ? problems[field] : undefined);
  const helper = (field: keyof OverrideDraft) => {
    const problem = shown(field);
    return problem ? translate(`ys.profiles.problems.${problem}`) : undefined;
  };
  const submit = async () => {
    setTouched(true);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    setFailure(null);
    try {
      await gqlRequest(SET_OVERRIDE, overrideVariables(scorecard, draft));
      onSwitched();
    } catch (error) {
      setFailure(toApiError(error));
    } finally {
      setSending(false);
    }
  };
  return (
    <Dialog open={profile !== null} onClose={onClose} maxWidth="sm" fullWidth data-testid="switch-dialog">
      <DialogTitle>{translate('ys.profiles.switch_title', { profile: profileName(profiles, draft.profile) })}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        <TextField select label={translate('ys.profiles.profile')} value={draft.profile}
          onChange={(event) => setDraft({ ...draft, profile: event.target.value })} error={Boolean(shown('profile'))} helperText={helper('profile')}>
          {profiles.map((option) => <MenuItem key={option.key} value={option.key}>{profileName(profiles, option.key)}</MenuItem>)}
        </TextField>
        <Box sx={{ display: 'flex', gap: 2 }}>
          <TextField type="datetime-local" label={translate('ys.profiles.from')} value={draft.from} sx={{ flex: 1 }}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })} error={Boolean(shown('from'))}
            helperText={helper('from') ?? translate('ys.profiles.zone_hint', { zone: timeZone })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'override-from' } }} />
          <TextField type="datetime-local" label={translate('ys.profiles.until')} value={draft.to} sx={{ flex: 1 }}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })} error={Boolean(shown('to'))} helperText={helper('to')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'override-to' } }} />
        </Box>
        {draft.from && (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {untilChoices(draft.from).map((choice) => (
              <Chip key={choice.key} size="small" clickable color={draft.to === choice.value ? 'primary' : 'default'}
                label={translate(`ys.profiles.until_${choice.key}`)} onClick={() => setDraft({ ...draft, to: choice.value })} />
            ))}
          </Box>
        )}
        <TextField label={translate('ys.profiles.reason')} value={draft.reason} multiline minRows={2} autoFocus required
          onChange={(event) => setDraft({ ...draft, reason: event.target.value })} error={Boolean(shown('reason'))}
          helperText={helper('reason') ?? translate('ys.profiles.reason_hint')} slotProps={{ htmlInput: { 'data-testid': 'override-reason' } }} />
        {failure && (
          <Alert severity="error" data-testid="switch-error">
            {OWN_CODES.includes(failure.code)
              ? <><strong>{translate(`ys.profiles.errors.${failure.code}`)}</strong> {failure.message}</>
              : translate(messageOf(failure), { _: failure.message })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={sending} data-testid="switch-confirm">
          {translate('ys.profiles.switch')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
