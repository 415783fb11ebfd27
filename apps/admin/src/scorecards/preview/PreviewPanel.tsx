import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import {
  Alert, Button, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { roundHalfAway, type Diagnostic } from '@yardstick/dsl';
import { useMemo, useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { messageOf, toApiError } from '../../providers/api-error';
import { diagnosticsOfError } from '../scorecard-api';
import {
  payoutBands, periodInput, previousMonth, scoreDiffers, simulate, summarise, type PeriodChoice, type PeriodKind,
  type SimulatedScore, type Simulation,
} from './simulation';

// Preview and what-if: the editor's text scored over a period and team beside the published version, before
// anything is saved. The service does the scoring (`simulate`); this page compares.

export interface PreviewPanelProps {
  source: string;
  /** the service's refusal (the text has errors) is shown in the editor too */
  onRefused: (diagnostics: Diagnostic[]) => void;
}

const KINDS: PeriodKind[] = ['month', 'quarter', 'week', 'day', 'year', 'range'];
const PLACEHOLDER: Record<PeriodKind, string> = { month: '2021-03', quarter: '2021-Q1', week: '2021-W10', day: '2021-03-08', year: '2021', range: '2021-03-01' };

const shown = (score: number | null): string => (score === null ? '—' : roundHalfAway(score, 2).toFixed(2));

export const PreviewPanel = ({ source, onRefused }: PreviewPanelProps) => {
  const translate = useTranslate();
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'month', value: previousMonth(new Date()) });
  const [team, setTeam] = useState('');
  const [state, setState] = useState<{ running: boolean; result?: Simulation; error?: string; source?: string }>({ running: false });
  const { data: teams } = useGetList('Team', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
  const period = periodInput(choice);
  const run = async () => {
    if (!period) return;
    setState({ running: true });
    try {
      setState({ running: false, result: await simulate(source, period, team || null), source });
    } catch (error) {
      const diagnostics = diagnosticsOfError(error);
      if (diagnostics.length > 0) onRefused(diagnostics);
      setState({ running: false, error: messageOf(toApiError(error)) });
    }
  };
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">{translate('ys.scorecards.preview.intro')}</Typography>
      <Stack sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }} direction="row" spacing={2} useFlexGap>
        <TextField select size="small" fullWidth={false} label={translate('ys.scorecards.preview.period_kind')} value={choice.kind} sx={{ width: 150 }}
          onChange={(e) => setChoice({ kind: e.target.value as PeriodKind, value: '' })} slotProps={{ htmlInput: { 'data-testid': 'preview-period-kind' } }}>
          {KINDS.map((kind) => <MenuItem key={kind} value={kind}>{translate(`ys.scorecards.preview.kinds.${kind}`)}</MenuItem>)}
        </TextField>
        <TextField fullWidth={false} size="small" label={translate(choice.kind === 'range' ? 'ys.scorecards.preview.from' : 'ys.scorecards.preview.period')}
          value={choice.value} placeholder={PLACEHOLDER[choice.kind]} onChange={(e) => setChoice({ ...choice, value: e.target.value })}
          error={choice.value !== '' && !period && choice.kind !== 'range'}
          helperText={choice.value !== '' && !period && choice.kind !== 'range' ? translate('ys.scorecards.preview.invalid_period') : ' '}
          slotProps={{ htmlInput: { 'data-testid': 'preview-period' } }} />
        {choice.kind === 'range' ? (
          <TextField fullWidth={false} size="small" label={translate('ys.scorecards.preview.to')} value={choice.to ?? ''} placeholder="2021-03-14"
            onChange={(e) => setChoice({ ...choice, to: e.target.value })} helperText=" " />
        ) : null}
        <TextField fullWidth={false} select size="small" label={translate('ys.scorecards.preview.team')} value={team} onChange={(e) => setTeam(e.target.value)}
          sx={{ minWidth: 180 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{translate('ys.scorecards.preview.all_teams')}</MenuItem>
          {(teams ?? []).map((t) => <MenuItem key={String(t.id)} value={String(t.id)}>{String(t.name)}</MenuItem>)}
        </TextField>
        <Button variant="contained" startIcon={<PlayArrowIcon />} disabled={!period || state.running} onClick={() => void run()} data-testid="preview-run">
          {translate(state.running ? 'ys.scorecards.preview.running' : 'ys.scorecards.preview.run')}
        </Button>
      </Stack>
      {state.error ? <Alert severity="error">{translate(state.error, { _: state.error })}</Alert> : null}
      {state.result ? <SimulationResult result={state.result} source={state.source ?? source} /> : null}
    </Stack>
  );
};

const SimulationResult = ({ result, source }: { result: Simulation; source: string }) => {
  const translate = useTranslate();
  const summary = useMemo(() => summarise(result.scores, payoutBands(source)), [result, source]);
  return (
    <Stack spacing={1} data-testid="preview-result">
      <Typography variant="body2">
        {result.period.from} … {result.period.to} ·{' '}
        {result.publishedVersion === null
          ? translate('ys.scorecards.preview.no_published')
          : translate('ys.scorecards.preview.compared_with', { version: result.publishedVersion })}
      </Typography>
      <Stack sx={{ flexWrap: 'wrap' }} direction="row" spacing={1} useFlexGap data-testid="preview-summary">
        <Chip color="success" variant="outlined" icon={<ArrowUpwardIcon />} label={translate('ys.scorecards.preview.moved_up', { smart_count: summary.movedUp })} />
        <Chip color="error" variant="outlined" icon={<ArrowDownwardIcon />} label={translate('ys.scorecards.preview.moved_down', { smart_count: summary.movedDown })} />
        <Chip variant="outlined" label={translate('ys.scorecards.preview.score_changed', { smart_count: summary.scoreChanged })} />
        {summary.bandChanged === null ? null
          : <Chip variant="outlined" color="warning" label={translate('ys.scorecards.preview.band_changed', { smart_count: summary.bandChanged })} />}
        {summary.becameEligible + summary.lostEligibility > 0
          ? <Chip variant="outlined" label={translate('ys.scorecards.preview.eligible_changes', { gained: summary.becameEligible, lost: summary.lostEligibility })} />
          : null}
      </Stack>
      {result.scores.length === 0
        ? <Typography color="text.secondary">{translate('ys.scorecards.preview.no_agents')}</Typography>
        : <ScoresTable scores={result.scores} />}
    </Stack>
  );
};

const ScoresTable = ({ scores }: { scores: readonly SimulatedScore[] }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`ys.scorecards.preview.${key}`);
  return (
    <Table size="small" data-testid="preview-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('agent')}</TableCell>
          <TableCell>{t('team')}</TableCell>
          <TableCell align="right">{t('published')} · {t('score')}</TableCell>
          <TableCell align="right">{t('rank')}</TableCell>
          <TableCell align="right">{t('draft')} · {t('score')}</TableCell>
          <TableCell align="right">{t('rank')}</TableCell>
          <TableCell align="right">{t('change')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {scores.map((s) => (
          <TableRow key={s.agent.id} selected={scoreDiffers(s)}>
            <TableCell>{s.agent.name}</TableCell>
            <TableCell>{s.agent.team?.name ?? ''}</TableCell>
            <TableCell align="right">{s.publishedEligible ? shown(s.publishedScore) : t('not_scored')}</TableCell>
            <TableCell align="right">{s.publishedRank ?? '—'}</TableCell>
            <TableCell align="right">{s.draftEligible ? shown(s.draftScore) : t('not_scored')}</TableCell>
            <TableCell align="right">{s.draftRank ?? '—'}</TableCell>
            <TableCell align="right"><Movement scoreChange={s.scoreChange} rankChange={s.rankChange} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Movement = ({ scoreChange, rankChange }: { scoreChange: number | null; rankChange: number | null }) => {
  const score = scoreChange === null || scoreChange === 0 ? '' : `${scoreChange > 0 ? '+' : ''}${roundHalfAway(scoreChange, 2).toFixed(2)}`;
  if (!rankChange) return <span>{score}</span>;
  const up = rankChange > 0;
  return (
    <Stack direction="row" spacing={0.5} sx={{ color: up ? 'success.main' : 'error.main', alignItems: 'center', justifyContent: 'flex-end' }}>
      <span>{score}</span>
      {up ? <ArrowUpwardIcon fontSize="inherit" /> : <ArrowDownwardIcon fontSize="inherit" />}
      <span>{Math.abs(rankChange)}</span>
    </Stack>
  );
};
