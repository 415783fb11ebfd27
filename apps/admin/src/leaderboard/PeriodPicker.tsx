import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, IconButton, MenuItem, Tooltip } from '@mui/material';
import { InlineField } from './InlineField';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import {
  PERIOD_KINDS, periodContaining, periodDays, periodProblem, shiftPeriod, type PeriodChoice, type PeriodKind,
} from './period-choice';

interface PeriodPickerProps {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  /** the period kinds offered (default: all) */
  kinds?: readonly PeriodKind[];
}

/**
 * Day, ISO week, month, quarter or a custom range of days, with previous/next arrows. A value is passed on only
 * once it is a real period, so a half-typed date never reaches the api.
 */
export const PeriodPicker = ({ value, onChange, kinds = PERIOD_KINDS }: PeriodPickerProps) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState<PeriodChoice>(value);
  useEffect(() => setDraft(value), [value]);
  const problem = periodProblem(draft);
  const propose = (next: PeriodChoice) => {
    setDraft(next);
    if (periodProblem(next) === null) onChange(next);
  };
  const changeKind = (kind: PeriodKind) => {
    // Keep the place in the calendar: a month becomes the week, day or quarter it starts with.
    const anchor = periodProblem(value) === null ? periodDays(value) : null;
    if (!anchor) return;
    propose(kind === 'custom' ? { kind, ...anchor } : periodContaining(kind, anchor.from));
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid="period-picker">
      <InlineField select size="small" label={translate('ys.period.kind')} value={draft.kind} sx={{ minWidth: 120 }}
        onChange={(event) => changeKind(event.target.value as PeriodKind)} slotProps={{ htmlInput: { 'data-testid': 'period-kind' } }}>
        {kinds.map((kind) => <MenuItem key={kind} value={kind}>{translate(`ys.period.kinds.${kind}`)}</MenuItem>)}
      </InlineField>
      <Tooltip title={translate('ys.period.previous')}>
        <span>
          <IconButton size="small" aria-label={translate('ys.period.previous')} disabled={problem !== null}
            onClick={() => propose(shiftPeriod(draft, -1))}><ChevronLeftIcon /></IconButton>
        </span>
      </Tooltip>
      <PeriodValue draft={draft} onDraft={propose} error={problem ? translate(`ys.period.${problem}`) : null} />
      <Tooltip title={translate('ys.period.next')}>
        <span>
          <IconButton size="small" aria-label={translate('ys.period.next')} disabled={problem !== null}
            onClick={() => propose(shiftPeriod(draft, 1))}><ChevronRightIcon /></IconButton>
        </span>
      </Tooltip>
    </Box>
  );
};

const PeriodValue = ({ draft, onDraft, error }: { draft: PeriodChoice; onDraft: (choice: PeriodChoice) => void; error: string | null }) => {
  const translate = useTranslate();
  const common = { size: 'small' as const, error: error !== null, helperText: error ?? undefined };
  switch (draft.kind) {
    case 'day':
      return <InlineField {...common} type="date" label={translate('ys.period.kinds.day')} value={draft.day}
        onChange={(event) => onDraft({ kind: 'day', day: event.target.value })} slotProps={{ htmlInput: { 'data-testid': 'period-day' } }} />;
    case 'week':
      return <InlineField {...common} type="week" label={translate('ys.period.kinds.week')} value={draft.week}
        onChange={(event) => onDraft({ kind: 'week', week: event.target.value })} slotProps={{ htmlInput: { 'data-testid': 'period-week' } }} />;
    case 'month':
      return <InlineField {...common} type="month" label={translate('ys.period.kinds.month')} value={draft.month}
        onChange={(event) => onDraft({ kind: 'month', month: event.target.value })} slotProps={{ htmlInput: { 'data-testid': 'period-month' } }} />;
    case 'quarter':
      return <QuarterValue quarter={draft.quarter} onDraft={onDraft} error={error} />;
    case 'custom':
      return (
        <Box sx={{ display: 'flex', gap: 1 }}>
          <InlineField {...common} type="date" label={translate('ys.period.from')} value={draft.from}
            onChange={(event) => onDraft({ ...draft, from: event.target.value })} slotProps={{ htmlInput: { 'data-testid': 'period-from' } }} />
          <InlineField size="small" error={error !== null} type="date" label={translate('ys.period.to')} value={draft.to}
            onChange={(event) => onDraft({ ...draft, to: event.target.value })} slotProps={{ htmlInput: { 'data-testid': 'period-to' } }} />
        </Box>
      );
  }
};

const QuarterValue = ({ quarter, onDraft, error }: { quarter: string; onDraft: (choice: PeriodChoice) => void; error: string | null }) => {
  const translate = useTranslate();
  const [year, q] = [quarter.slice(0, 4), quarter.slice(5) || 'Q1'];
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <InlineField size="small" type="number" label={translate('ys.period.year')} value={year} sx={{ width: 100 }}
        error={error !== null} helperText={error ?? undefined}
        onChange={(event) => onDraft({ kind: 'quarter', quarter: `${event.target.value.padStart(4, '0')}-${q}` })}
        slotProps={{ htmlInput: { min: 1970, max: 9999, 'data-testid': 'period-year' } }} />
      <InlineField select size="small" label={translate('ys.period.kinds.quarter')} value={q} sx={{ width: 90 }}
        onChange={(event) => onDraft({ kind: 'quarter', quarter: `${year}-${event.target.value}` })}>
        {['Q1', 'Q2', 'Q3', 'Q4'].map((option) => <MenuItem key={option} value={option}>{option}</MenuItem>)}
      </InlineField>
    </Box>
  );
};
