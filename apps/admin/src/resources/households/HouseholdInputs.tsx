import { HOUSEHOLD_FLAGS } from '@lianxi/rules';
import { Box, Stack } from '@mui/material';
import { AutocompleteInput, CheckboxGroupInput, NumberInput, ReferenceInput, required, TextInput } from 'react-admin';
import { enumChoices } from '../../common/fields';

/** A household sits in a residents' group, so the group picker lists only those. */
export function HouseholdInputs() {
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <ReferenceInput source="unitId" reference="orgUnits" filter={{ kind: 'RESIDENTS_GROUP' }} perPage={50}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="headName" validate={required()} fullWidth />
        <TextInput source="phone" helperText="lianxi.household.masked_hint" fullWidth />
        <NumberInput source="memberCount" min={1} max={30} fullWidth />
      </Stack>
      <TextInput source="address" validate={required()} fullWidth />
      <CheckboxGroupInput source="flags" choices={enumChoices('HouseholdFlag', HOUSEHOLD_FLAGS)} />
    </Box>
  );
}
