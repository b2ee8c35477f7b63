import { Box, Stack } from '@mui/material';
import { AutocompleteInput, DateInput, ReferenceInput, required } from 'react-admin';

/** The person cannot change on edit (the API takes no personId there), so create alone shows that picker. */
export function DeputyTermInputs({ withPerson = false }: { withPerson?: boolean }) {
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      {withPerson ? (
        <ReferenceInput source="personId" reference="people" filter={{ partyMember: true }}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
        </ReferenceInput>
      ) : null}
      <ReferenceInput source="electingUnitId" reference="orgUnits">
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DateInput source="from" validate={required()} />
        <DateInput source="to" />
      </Stack>
    </Box>
  );
}
