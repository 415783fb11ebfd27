import { Edit, SimpleForm } from 'react-admin';
import { withParsedAttributes } from '../common/validators';
import { TeamInputs } from './TeamInputs';

export const TeamEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={withParsedAttributes}>
    <SimpleForm>
      <TeamInputs />
    </SimpleForm>
  </Edit>
);
