import { Edit, SimpleForm } from 'react-admin';
import { withParsedAttributes } from '../common/validators';
import { GroupInputs } from './GroupInputs';

export const GroupEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={withParsedAttributes}>
    <SimpleForm>
      <GroupInputs />
    </SimpleForm>
  </Edit>
);
