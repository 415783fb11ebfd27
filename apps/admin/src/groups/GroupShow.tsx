import { DataTable, ReferenceManyField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AttributesField } from '../common/AttributesField';
import { GROUP_KINDS } from './GroupInputs';

/** A group and its teams. */
export const GroupShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={GROUP_KINDS} />
      <AttributesField label="resources.Group.fields.attributes" />
      <ReferenceManyField reference="Team" target="groupId" label="ys.groups.teams" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
