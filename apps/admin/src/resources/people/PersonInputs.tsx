import { EDUCATION_LEVELS, GENDERS, RANKS } from '@lianxi/rules';
import { Box, Divider, Stack, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../common/fields';

const pf = (name: string) => `resources.positions.fields.${name}`;

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mt: 2, mb: 1 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate(title)}
      </Typography>
      <Divider />
    </Box>
  );
}

const unitPicker = (source: string, label?: string) => (
  <ReferenceInput source={source} reference="orgUnits" perPage={50}>
    <AutocompleteInput
      optionText="name"
      filterToQuery={(q: string) => ({ q })}
      validate={required()}
      sx={{ minWidth: 260 }}
      {...(label ? { label } : {})}
    />
  </ReferenceInput>
);

/**
 * The person form. Positions are edited inline, newest first as the API lists them; the data provider
 * turns added, changed and removed rows into createPosition / updatePosition / deletePosition on save.
 */
export function PersonInputs() {
  return (
    <Box sx={{ width: '100%', maxWidth: 1100 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextInput source="name" validate={required()} />
        <RadioButtonGroupInput source="gender" choices={enumChoices('Gender', GENDERS)} validate={required()} />
        <DateInput source="birthDate" validate={required()} />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        {unitPicker('unitId')}
        <SelectInput source="rank" choices={enumChoices('Rank', RANKS)} defaultValue="NONE" />
        <SelectInput source="education" choices={enumChoices('EducationLevel', EDUCATION_LEVELS)} emptyText=" " />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <BooleanInput source="partyMember" />
        <DateInput source="partyJoinedOn" />
        <BooleanInput source="reserveCadre" />
        <BooleanInput source="grassrootsExperience" />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextInput source="phone" helperText="lianxi.household.masked_hint" />
        <TextInput source="idNumber" helperText="lianxi.household.masked_hint" />
        <ReferenceInput source="homeCommunityId" reference="orgUnits" filter={{ kind: 'COMMUNITY' }}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 220 }} />
        </ReferenceInput>
      </Stack>
      <Section title="lianxi.person.position_history" />
      <ArrayInput source="positions" label={false}>
        <SimpleFormIterator
          inline
          disableReordering
          sx={{ '& .RaSimpleFormIterator-inline': { flexWrap: 'wrap', columnGap: 2, alignItems: 'center' } }}
        >
          {unitPicker('unitId', pf('unitId'))}
          <TextInput source="title" label={pf('title')} validate={required()} sx={{ minWidth: 220 }} />
          <DateInput source="from" label={pf('from')} validate={required()} sx={{ minWidth: 170 }} />
          <DateInput source="to" label={pf('to')} sx={{ minWidth: 170 }} />
          <BooleanInput source="leadershipTeam" label={pf('leadershipTeam')} />
          <BooleanInput source="principal" label={pf('principal')} />
          <BooleanInput source="partySecretary" label={pf('partySecretary')} />
          <BooleanInput source="branchHead" label={pf('branchHead')} />
          <BooleanInput source="deptHead" label={pf('deptHead')} />
        </SimpleFormIterator>
      </ArrayInput>
    </Box>
  );
}
