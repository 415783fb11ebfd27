import SaveIcon from '@mui/icons-material/Save';
import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { Diagnostic } from '@yardstick/dsl';
import { useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { dslLang } from '../../editor/lint-mapping';
import { messageOf, toApiError } from '../../providers/api-error';
import { createScorecard, diagnosticsOfError } from '../scorecard-api';
import { FormatButton } from './FormatButton';
import { SourcePanel } from './SourcePanel';

// A new scorecard starts from a small working example; its key and name come from its first line. Creating it
// stores draft v1 and opens it in the workspace.

export const STARTER_SOURCE = `scorecard new_scorecard "New scorecard" {
  period month

  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent

  kpi csat_score "CSAT" = csat * 100

  target csat >= 90%

  profile normal default {
    csat_score: 100%
  }
}
`;

export const ScorecardCreatePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const lang = dslLang(locale);
  const [source, setSource] = useState(STARTER_SOURCE);
  const [diagnostics, setDiagnostics] = useState<readonly Diagnostic[]>([]);
  const [server, setServer] = useState<readonly Diagnostic[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await createScorecard(source);
      notify('ys.scorecards.notify.created', { type: 'success' });
      navigate(`/Scorecard/${created.id}`);
    } catch (failure) {
      const refused = diagnosticsOfError(failure);
      setServer(refused);
      const api = toApiError(failure);
      setError(refused.length > 0 ? 'ys.scorecards.errors.SCORECARD_INVALID'
        : api.code === 'SCORECARD_EXISTS' ? 'ys.scorecards.errors.SCORECARD_EXISTS' : messageOf(api));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card sx={{ mt: 1 }}>
      <Title title={translate('ys.scorecards.create.title')} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('ys.scorecards.create.hint')}</Typography>
        {error ? <Alert severity="error" sx={{ mb: 1 }} data-testid="create-error">{translate(error, { _: error })}</Alert> : null}
        <SourcePanel source={source} onChange={setSource} lang={lang} readOnly={false} serverDiagnostics={server}
          diagnostics={diagnostics} onDiagnostics={setDiagnostics} />
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button variant="contained" startIcon={<SaveIcon />} disabled={busy} onClick={() => void create()} data-testid="create-button">
            {translate('ys.scorecards.actions.create')}
          </Button>
          <FormatButton source={source} onChange={setSource} />
        </Stack>
      </CardContent>
    </Card>
  );
};
