import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { AttributesField } from '../common/AttributesField';
import { useCanEdit } from '../common/use-role';
import { GROUP_KINDS } from './GroupInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={GROUP_KINDS} alwaysOn />,
];

export const GroupList = () => {
  const canEdit = useCanEdit('Group');
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick={canEdit ? 'edit' : 'show'} bulkActionButtons={canEdit ? undefined : false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind"><SelectField source="kind" choices={GROUP_KINDS} /></DataTable.Col>
        <DataTable.Col source="attributes" disableSort field={AttributesField} />
      </DataTable>
    </List>
  );
};
