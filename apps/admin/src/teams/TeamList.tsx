import { AutocompleteInput, DataTable, List, ReferenceInput, SearchInput } from 'react-admin';
import { AttributesField } from '../common/AttributesField';
import { useCanEdit } from '../common/use-role';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="groupId" source="groupId" reference="Group" alwaysOn sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];

export const TeamList = () => {
  const canEdit = useCanEdit('Team');
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick={canEdit ? 'edit' : 'show'} bulkActionButtons={canEdit ? undefined : false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="groupId" render={(record) => record.group?.name ?? ''} />
        <DataTable.Col source="attributes" disableSort field={AttributesField} />
      </DataTable>
    </List>
  );
};
