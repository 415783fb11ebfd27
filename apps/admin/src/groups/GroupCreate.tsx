import { Create, SimpleForm } from 'react-admin';
import { withParsedAttributes } from '../common/validators';
import { GroupInputs } from './GroupInputs';

export const GroupCreate = () => (
  <Create redirect="list" transform={withParsedAttributes}>
    <SimpleForm>
      <GroupInputs />
    </SimpleForm>
  </Create>
);
