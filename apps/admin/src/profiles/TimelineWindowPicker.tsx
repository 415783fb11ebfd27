import { Box, Chip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { InlineField } from '../leaderboard/InlineField';
import type { ScorecardProfile } from './profiles-api';
import { aroundRange, aroundToday, validWindow, yearOf, type TimelineWindow } from './timeline-window';

interface TimelineWindowPickerProps {
  value: TimelineWindow;
  onChange: (window: TimelineWindow) => void;
  profiles: ScorecardProfile[];
  today: string;
}

/** From/to days, "around today", "this year", and one chip per scheduled profile to bring its range into view. */
export const TimelineWindowPicker = ({ value, onChange, profiles, today }: TimelineWindowPickerProps) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const propose = (next: TimelineWindow) => {
    setDraft(next);
    const valid = validWindow(next);
    if (valid) onChange(valid);
  };
  const invalid = validWindow(draft) === null;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <InlineField type="date" label={translate('ys.period.from')} value={draft.from} error={invalid}
        onChange={(event) => propose({ ...draft, from: event.target.value })} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'window-from' } }} />
      <InlineField type="date" label={translate('ys.period.to')} value={draft.to} error={invalid}
        onChange={(event) => propose({ ...draft, to: event.target.value })} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'window-to' } }} />
      <Chip clickable label={translate('ys.profiles.window_today')} onClick={() => propose(aroundToday(today))} />
      <Chip clickable label={translate('ys.profiles.window_year')} onClick={() => propose(yearOf(value.from))} />
      {profiles.flatMap((p) => (p.activeFrom && p.activeTo ? [{ ...p, from: p.activeFrom, to: p.activeTo }] : [])).map((p) => (
        <Chip key={p.key} clickable variant="outlined" data-testid={`window-${p.key}`}
          label={translate('ys.profiles.window_scheduled', { profile: p.label ?? p.key, from: p.from, to: p.to })}
          onClick={() => propose(aroundRange(p.from, p.to))} />
      ))}
    </Box>
  );
};
