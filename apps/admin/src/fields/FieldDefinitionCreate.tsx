import { Create, SimpleForm } from 'react-admin';
import { FieldDefinitionInputs } from './FieldDefinitionInputs';

export const FieldDefinitionCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <FieldDefinitionInputs />
    </SimpleForm>
  </Create>
);
