import { Create, SimpleForm } from 'react-admin';
import { withParsedAttributes } from '../common/validators';
import { TeamInputs } from './TeamInputs';

export const TeamCreate = () => (
  <Create redirect="list" transform={withParsedAttributes}>
    <SimpleForm>
      <TeamInputs />
    </SimpleForm>
  </Create>
);
