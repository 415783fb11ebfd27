import { Edit, SimpleForm } from 'react-admin';
import { FieldDefinitionInputs } from './FieldDefinitionInputs';

export const FieldDefinitionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <FieldDefinitionInputs />
    </SimpleForm>
  </Edit>
);
