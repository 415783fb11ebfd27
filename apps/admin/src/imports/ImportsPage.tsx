import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { inLanguage } from '../i18n/locale';
import { InlineField } from '../leaderboard/InlineField';
import { browserSession } from '../providers/session-store';
import { useGqlQuery } from '../providers/use-gql-query';
import { applySavedMapping, hasProblems, ingestQuery, mappingProblems, recordFields, type ColumnMap } from './column-mapping';
import { sourceFromFileName, type LoadedFile } from './file-source';
import { postRecords, type IngestReport } from './ingest-client';
import { CUSTOM_FIELDS, type SavedMapping } from './mappings-api';
import { MappingStep } from './MappingStep';
import { ResultStep } from './ResultStep';
import { SavedMappingsBar } from './SavedMappingsBar';
import { UploadStep } from './UploadStep';

type Failure = { code: string; message: string };

/**
 * The import wizard: a CSV or Excel file of interaction records → its columns mapped to record fields (a saved
 * mapping or by hand, with a preview) → sent to POST /api/ingest/interactions → what was stored and what was
 * rejected, row by row.
 */
export const ImportsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const custom = useGqlQuery<{ allFieldDefinitions: { name: string; type: string; label: string | null }[] }>(CUSTOM_FIELDS);
  const fields = useMemo(() => recordFields(custom.data?.allFieldDefinitions ?? []), [custom.data]);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [map, setMap] = useState<ColumnMap>({});
  const [source, setSource] = useState('');
  const [saved, setSaved] = useState<SavedMapping | null>(null);
  const [missingColumns, setMissingColumns] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [report, setReport] = useState<IngestReport | null>(null);
  const problems = useMemo(() => (file ? mappingProblems(file.header, map, fields) : null), [file, map, fields]);
  const step = report ? 2 : file ? 1 : 0;

  const loaded = (next: LoadedFile) => {
    setFile(next);
    setMap({});
    setSaved(null);
    setMissingColumns([]);
    setSource(sourceFromFileName(next.name));
    setFailure(null);
  };
  const select = (mapping: SavedMapping | null) => {
    setSaved(mapping);
    if (!mapping || !file) { setMissingColumns([]); return; }
    const applied = applySavedMapping(mapping.mapping, file.header);
    setMap(applied.map);
    setMissingColumns(applied.missingColumns);
  };
  const send = async () => {
    if (!file || !problems || hasProblems(problems)) return;
    setSending(true);
    setFailure(null);
    try {
      const outcome = await postRecords({ body: await file.body(), query: ingestQuery(file.header, map, source), token: browserSession.token() });
      if (outcome.ok) setReport(outcome.report);
      else setFailure({ code: outcome.code, message: inLanguage(locale, outcome.message, outcome.messageZh) });
    } finally {
      setSending(false);
    }
  };
  const restart = () => {
    setFile(null);
    setReport(null);
    setFailure(null);
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ys.imports.title" />
      <CardContent sx={{ display: 'grid', gap: 3, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <Stepper activeStep={step}>
          {(['step_file', 'step_columns', 'step_result'] as const).map((label) => (
            <Step key={label}><StepLabel>{translate(`ys.imports.${label}`)}</StepLabel></Step>
          ))}
        </Stepper>
        {step === 0 && <UploadStep onLoaded={loaded} />}
        {step === 1 && file && problems && (
          <>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Chip label={`${file.name} · ${formatSize(file.size)}`} data-testid="import-file-name" />
              <InlineField label={translate('ys.imports.source')} value={source} onChange={(event) => setSource(event.target.value)}
                helperText={translate('ys.imports.source_hint')} sx={{ minWidth: 260 }}
                slotProps={{ htmlInput: { 'data-testid': 'import-source', maxLength: 200 } }} />
            </Box>
            <SavedMappingsBar map={map} selected={saved} onSelect={select} />
            {missingColumns.length > 0 && (
              <Alert severity="warning">{translate('ys.imports.saved_columns_missing', { columns: missingColumns.join(', ') })}</Alert>
            )}
            <MappingStep file={file} fields={fields} map={map} setMap={setMap} problems={problems} />
            {failure && (
              <Alert severity="error" data-testid="import-error">
                {failure.code === 'NETWORK_ERROR' || failure.code === 'UNAUTHENTICATED' || failure.code === 'FORBIDDEN'
                  ? translate(`ys.errors.${failure.code}`)
                  : <><strong>{translate('ys.imports.refused')}</strong> {failure.message}</>}
              </Alert>
            )}
            {sending && <LinearProgress />}
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
              <Button onClick={restart} disabled={sending}>{translate('ys.imports.other_file')}</Button>
              <Button variant="contained" onClick={() => void send()} disabled={sending || hasProblems(problems) || source.trim() === ''}
                data-testid="import-send">
                {file.totalRows === null ? translate('ys.imports.send') : translate('ys.imports.send_rows', { smart_count: file.totalRows })}
              </Button>
              {problems.missing.length > 0 && (
                <Typography variant="body2" color="error" data-testid="import-missing">
                  {translate('ys.imports.missing_fields', { fields: problems.missing.join(', ') })}
                </Typography>
              )}
            </Box>
          </>
        )}
        {step === 2 && report && file && (
          <>
            <ResultStep report={report} fileName={file.name} />
            <Box><Button variant="contained" onClick={restart} data-testid="import-again">{translate('ys.imports.import_another')}</Button></Box>
          </>
        )}
      </CardContent>
    </Card>
  );
};

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
