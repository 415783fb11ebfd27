import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';
import { AttributesInput } from '../common/AttributesInput';

export const TeamInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <ReferenceInput source="groupId" reference="Group" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <AttributesInput />
  </>
);
