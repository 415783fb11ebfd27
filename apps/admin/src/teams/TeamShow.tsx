import { DataTable, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AttributesField } from '../common/AttributesField';

/** A team and its agents. */
export const TeamShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="group.name" label="resources.Team.fields.group" emptyText="—" />
      <AttributesField label="resources.Team.fields.attributes" />
      <ReferenceManyField reference="Agent" target="teamId" label="ys.teams.agents" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="externalId" />
          <DataTable.Col source="name" />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
