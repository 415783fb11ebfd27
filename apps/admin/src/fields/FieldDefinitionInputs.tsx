import { SelectInput, TextInput, required } from 'react-admin';
import { validIdentifier } from '../common/validators';

export const FIELD_TYPES = ['string', 'number', 'boolean', 'duration', 'timestamp', 'percent', 'money', 'count']
  .map((type) => ({ id: type, name: `ys.field_type.${type}` }));

export const FieldDefinitionInputs = () => (
  <>
    <TextInput source="name" validate={[required(), validIdentifier]} helperText="ys.common.identifier_hint" />
    <SelectInput source="type" choices={FIELD_TYPES} validate={required()} />
    <TextInput source="label" />
  </>
);
