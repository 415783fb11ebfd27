import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Button, MenuItem } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { InlineField } from '../leaderboard/InlineField';
import { messageOf, toApiError } from '../providers/api-error';
import { gqlRequest } from '../providers/gql-request';
import { useGqlQuery } from '../providers/use-gql-query';
import { mappingToSave, type ColumnMap } from './column-mapping';
import { CREATE_MAPPING, DELETE_MAPPING, LIST_MAPPINGS, UPDATE_MAPPING, type SavedMapping } from './mappings-api';

interface SavedMappingsBarProps {
  map: ColumnMap;
  selected: SavedMapping | null;
  onSelect: (mapping: SavedMapping | null) => void;
}

/** Pick a saved column mapping, save the current one under a name, update or delete the one picked. */
export const SavedMappingsBar = ({ map, selected, onSelect }: SavedMappingsBarProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const list = useGqlQuery<{ allColumnMappings: SavedMapping[] }>(LIST_MAPPINGS);
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const mappings = list.data?.allColumnMappings ?? [];
  const run = async (action: () => Promise<SavedMapping | null>, done: string) => {
    setFailure(null);
    try {
      const result = await action();
      await list.refetch();
      onSelect(result);
      notify(done, { type: 'success' });
    } catch (error) {
      const api = toApiError(error);
      setFailure(api.code === 'COLUMN_MAPPING_NAME_TAKEN' ? translate('ys.imports.name_taken') : translate(messageOf(api), { _: api.message }));
    }
  };
  const create = () => run(async () => {
    const answer = await gqlRequest<{ createColumnMapping: SavedMapping }>(CREATE_MAPPING, { name: name.trim(), mapping: mappingToSave(map) });
    setName('');
    return answer.createColumnMapping;
  }, 'ys.imports.mapping_saved');
  const update = (target: SavedMapping) => run(async () =>
    (await gqlRequest<{ updateColumnMapping: SavedMapping }>(UPDATE_MAPPING, { id: target.id, mapping: mappingToSave(map) })).updateColumnMapping,
  'ys.imports.mapping_saved');
  const remove = (target: SavedMapping) => run(async () => {
    await gqlRequest(DELETE_MAPPING, { id: target.id });
    return null;
  }, 'ys.imports.mapping_deleted');
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <InlineField select label={translate('ys.imports.saved_mapping')} value={selected?.id ?? ''} sx={{ minWidth: 220 }}
          onChange={(event) => onSelect(mappings.find((m) => m.id === event.target.value) ?? null)}
          slotProps={{ htmlInput: { 'data-testid': 'saved-mapping' }, select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{translate('ys.imports.no_saved_mapping')}</MenuItem>
          {mappings.map((m) => <MenuItem key={m.id} value={m.id}>{m.name}</MenuItem>)}
        </InlineField>
        {selected && (
          <>
            <Button size="small" startIcon={<SaveIcon />} onClick={() => void update(selected)} data-testid="mapping-update">
              {translate('ys.imports.update_mapping', { name: selected.name })}
            </Button>
            <Button size="small" color="error" onClick={() => setDeleting(true)}>{translate('ra.action.delete')}</Button>
          </>
        )}
        <Box sx={{ flex: 1 }} />
        <InlineField label={translate('ys.imports.mapping_name')} value={name} onChange={(event) => setName(event.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'mapping-name', maxLength: 200 } }} />
        <Button size="small" variant="outlined" startIcon={<SaveIcon />} disabled={name.trim() === ''} onClick={() => void create()}
          data-testid="mapping-save">
          {translate('ys.imports.save_mapping')}
        </Button>
      </Box>
      {failure && <Alert severity="error" onClose={() => setFailure(null)}>{failure}</Alert>}
      <Confirm isOpen={deleting && selected !== null} title="ys.imports.delete_title" content="ys.imports.delete_content"
        translateOptions={{ name: selected?.name ?? '' }}
        onConfirm={() => { setDeleting(false); if (selected) void remove(selected); }} onClose={() => setDeleting(false)} />
    </Box>
  );
};
