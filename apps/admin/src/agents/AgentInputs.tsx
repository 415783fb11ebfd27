import { DateInput, ReferenceInput, AutocompleteInput, TextInput, required, usePermissions } from 'react-admin';
import { Box } from '@mui/material';
import { AttributesInput } from '../common/AttributesInput';
import { validDay, validMoney } from '../common/validators';
import { seesCompensation, isRole } from '../providers/permissions';

/** The inputs create and edit share. */
export const AgentInputs = () => {
  const { permissions } = usePermissions<unknown>();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 800 }}>
      <TextInput source="externalId" validate={required()} />
      <TextInput source="name" validate={required()} />
      <ReferenceInput source="teamId" reference="Team" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
      </ReferenceInput>
      {isRole(permissions) && seesCompensation(permissions) ? (
        <TextInput source="baseBonus" validate={validMoney} helperText="ys.common.money_hint" />
      ) : <span />}
      <DateInput source="hiredOn" validate={validDay} />
      <DateInput source="leftOn" validate={validDay} helperText="ys.agents.left_hint" />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <AttributesInput />
      </Box>
    </Box>
  );
};
