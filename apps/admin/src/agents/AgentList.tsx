import {
  AutocompleteInput, BooleanInput, CreateButton, DataTable, ExportButton, List, ReferenceInput, SearchInput,
  TopToolbar,
} from 'react-admin';
import { AttributesField } from '../common/AttributesField';
import { useCanEdit } from '../common/use-role';
import { AgentStatusField } from './AgentStatusField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="teamId" source="teamId" reference="Team" alwaysOn sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

export const AgentList = () => {
  const canEdit = useCanEdit('Agent');
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<Actions />}>
      <DataTable rowClick={canEdit ? 'edit' : 'show'} bulkActionButtons={canEdit ? undefined : false}>
        <DataTable.Col source="externalId" />
        <DataTable.Col source="name" />
        <DataTable.Col source="teamId" render={(record) => record.team?.name ?? ''} />
        {/* days are YYYY-MM-DD in both languages, never shifted by the browser's zone */}
        <DataTable.Col source="hiredOn" />
        <DataTable.Col source="leftOn" field={AgentStatusField} />
        <DataTable.Col source="attributes" disableSort field={AttributesField} />
      </DataTable>
    </List>
  );
};
