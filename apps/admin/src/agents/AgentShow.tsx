import { EditButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { AttributesField } from '../common/AttributesField';
import { AgentScoresButton } from './AgentScoresButton';

const Actions = () => (
  <TopToolbar>
    <AgentScoresButton />
    <EditButton />
  </TopToolbar>
);

export const AgentShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="externalId" />
      <TextField source="name" />
      <TextField source="team.name" label="resources.Agent.fields.team" emptyText="ys.agents.no_team" />
      {/* days as the api stores them (YYYY-MM-DD): a Date would shift them by the browser's zone */}
      <TextField source="hiredOn" emptyText="—" />
      <TextField source="leftOn" emptyText="—" />
      <TextField source="baseBonus" emptyText="—" />
      <AttributesField label="resources.Agent.fields.attributes" />
    </SimpleShowLayout>
  </Show>
);
