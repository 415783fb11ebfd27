import { SelectInput, TextInput, required } from 'react-admin';
import { AttributesInput } from '../common/AttributesInput';

export const GROUP_KINDS = [
  { id: 'site', name: 'ys.group_kind.site' },
  { id: 'vendor', name: 'ys.group_kind.vendor' },
];

export const GroupInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <SelectInput source="kind" choices={GROUP_KINDS} validate={required()} defaultValue="site" />
    <AttributesInput />
  </>
);
