import SearchIcon from '@mui/icons-material/Search';
import { Chip, InputAdornment, Stack, TextField } from '@mui/material';
import { CreateButton, DataTable, ListContextProvider, Title, TopToolbar, useList, useTranslate, type RaRecord } from 'react-admin';
import { useState } from 'react';
import { useCanEdit } from '../common/use-role';
import { useGqlQuery } from '../providers/use-gql-query';
import { SCORECARD_LIST_QUERY, latestPublished, type ScorecardSummary } from './scorecard-api';

// The scorecards: key, name, the version in use and the draft, from the `scorecards` query (one request with
// the versions' status; the react-admin shape would fetch every version's source). Sorted and filtered here.

type Row = ScorecardSummary & RaRecord;

export const ScorecardList = () => {
  const translate = useTranslate();
  const canEdit = useCanEdit('Scorecard');
  const [q, setQ] = useState('');
  const { data, loading } = useGqlQuery<{ scorecards: ScorecardSummary[] }>(SCORECARD_LIST_QUERY, {});
  const rows = (data?.scorecards ?? []) as Row[];
  const filtered = q ? rows.filter((r) => `${r.key} ${r.label ?? ''}`.toLowerCase().includes(q.trim().toLowerCase())) : rows;
  const listContext = useList<Row>({ data: filtered, isPending: loading, sort: { field: 'key', order: 'ASC' }, perPage: 100 });
  return (
    <ListContextProvider value={listContext}>
      <Title title={translate('resources.Scorecard.name', { smart_count: 2 })} />
      <TopToolbar sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <TextField size="small" placeholder={translate('ys.common.search')} value={q} onChange={(event) => setQ(event.target.value)}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }} />
        {canEdit ? <CreateButton resource="Scorecard" /> : null}
      </TopToolbar>
      <DataTable rowClick={canEdit ? 'edit' : 'show'} bulkActionButtons={false}
        empty={<span>{translate('ys.scorecards.list.empty')}</span>}>
        <DataTable.Col source="key" />
        <DataTable.Col source="label" />
        <DataTable.Col source="published" disableSort render={(record: Row) => <PublishedCell record={record} />} />
        <DataTable.Col source="draft" disableSort render={(record: Row) => <DraftCell record={record} />} />
        <DataTable.Col source="createdAt" render={(record: Row) => record.createdAt.slice(0, 10)} />
      </DataTable>
    </ListContextProvider>
  );
};

const PublishedCell = ({ record }: { record: Row }) => {
  const translate = useTranslate();
  const version = latestPublished(record.versions);
  const published = record.versions.find((v) => v.version === version);
  return published
    ? <span>{translate('ys.scorecards.list.published', { version: published.version, date: published.effectiveFrom ?? '' })}</span>
    : <Chip size="small" variant="outlined" label={translate('ys.scorecards.list.never_published')} />;
};

const DraftCell = ({ record }: { record: Row }) => {
  const translate = useTranslate();
  const draft = record.versions.find((v) => v.status === 'DRAFT');
  if (!draft) return <span>{translate('ys.scorecards.list.no_draft')}</span>;
  return (
    <Stack direction="row">
      <Chip size="small" color={draft.valid ? 'success' : 'error'} variant="outlined"
        label={translate(draft.valid ? 'ys.scorecards.list.draft_valid' : 'ys.scorecards.list.draft_invalid', { version: draft.version })} />
    </Stack>
  );
};
