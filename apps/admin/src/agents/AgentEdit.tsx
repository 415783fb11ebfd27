import { Edit, SimpleForm } from 'react-admin';
import { withParsedAttributes } from '../common/validators';
import { AgentInputs } from './AgentInputs';

// Pessimistic: the api's BAD_USER_INPUT must reach the form (undoable edits have already closed it).
export const AgentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={withParsedAttributes}>
    <SimpleForm>
      <AgentInputs />
    </SimpleForm>
  </Edit>
);
