import { Create, SimpleForm } from 'react-admin';
import { withParsedAttributes } from '../common/validators';
import { AgentInputs } from './AgentInputs';

export const AgentCreate = () => (
  <Create redirect="list" transform={withParsedAttributes}>
    <SimpleForm>
      <AgentInputs />
    </SimpleForm>
  </Create>
);
