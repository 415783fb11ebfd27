import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { useCanEdit } from '../common/use-role';
import { FIELD_TYPES } from './FieldDefinitionInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={FIELD_TYPES} alwaysOn />,
];

export const FieldDefinitionList = () => {
  const canEdit = useCanEdit('FieldDefinition');
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={canEdit ? undefined : false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="type"><SelectField source="type" choices={FIELD_TYPES} /></DataTable.Col>
        <DataTable.Col source="label" />
      </DataTable>
    </List>
  );
};
