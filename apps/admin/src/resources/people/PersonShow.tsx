import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  BooleanField,
  DataTable,
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
  ArrayField,
  DeleteButton,
} from 'react-admin';
import { AuditHistoryButton } from '../../common/AuditHistoryButton';
import { DateOnlyField, EnumField, KindChip } from '../../common/fields';
import { RevealButton } from '../../common/RevealButton';
import { ScorecardButton } from '../../compliance/ScorecardButton';
import { LoadError } from '../../common/LoadError';
import type { PersonRecord } from '../../dataProvider/resources';
import { ProfileChipsField } from './personFields';

function PersonTitle() {
  const record = useRecordContext<PersonRecord>();
  return <span>{record?.name ?? ''}</span>;
}

function Heading({ text }: { text: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 2, mb: 1 }}>
      {translate(text)}
    </Typography>
  );
}

/** The kind of the post's unit; absent when the unit lies outside the viewer's part of the tree. */
function PositionUnitKind() {
  const record = useRecordContext<PersonRecord['positions'][number]>();
  return record?.unit ? <KindChip kind={record.unit.kind} /> : null;
}

function OngoingTo() {
  const record = useRecordContext<{ to?: string | null }>();
  const translate = useTranslate();
  return record?.to ? <DateOnlyField source="to" /> : <Typography variant="body2" color="success.main">{translate('lianxi.person.ongoing')}</Typography>;
}

/** A person with today's profiles on top, then the record, the positions history and the deputy terms. */
export function PersonShow() {
  return (
    <Show
      title={<PersonTitle />}
      actions={
        <TopToolbar>
          <ScorecardButton />
          <RevealButton resource="people" />
          <AuditHistoryButton entity="Person" />
          <EditButton />
          <DeleteButton mutationMode="pessimistic" />
        </TopToolbar>
      }
      error={<LoadError />}
    >
      <Card variant="outlined" sx={{ m: 2 }}>
        <CardContent>
          <Labeled source="profiles" label="resources.people.fields.profiles">
            <ProfileChipsField showEmpty />
          </Labeled>
        </CardContent>
      </Card>
      <Box sx={{ px: 2, pb: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled source="name"><TextField source="name" /></Labeled>
          <Labeled source="gender"><EnumField source="gender" enumName="Gender" /></Labeled>
          <Labeled source="birthDate"><DateOnlyField source="birthDate" /></Labeled>
          <Labeled source="rank"><EnumField source="rank" enumName="Rank" /></Labeled>
          <Labeled source="education"><EnumField source="education" enumName="EducationLevel" /></Labeled>
          <Labeled source="unitId"><ReferenceField source="unitId" reference="orgUnits" link="show" /></Labeled>
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4} useFlexGap sx={{ flexWrap: 'wrap', mt: 2 }}>
          <Labeled source="partyMember"><BooleanField source="partyMember" /></Labeled>
          <Labeled source="partyJoinedOn"><DateOnlyField source="partyJoinedOn" /></Labeled>
          <Labeled source="reserveCadre"><BooleanField source="reserveCadre" /></Labeled>
          <Labeled source="grassrootsExperience"><BooleanField source="grassrootsExperience" /></Labeled>
          <Labeled source="phone"><TextField source="phone" /></Labeled>
          <Labeled source="idNumber"><TextField source="idNumber" /></Labeled>
        </Stack>
        <Heading text="lianxi.person.position_history" />
        <ArrayField source="positions" resource="positions">
          <DataTable bulkActionButtons={false} rowClick={false} resource="positions">
            <DataTable.Col source="title" />
            <DataTable.Col source="unitId">
              <ReferenceField source="unitId" reference="orgUnits" link="show" />
            </DataTable.Col>
            <DataTable.Col source="unit.kind" label="resources.orgUnits.fields.kind" field={PositionUnitKind} />
            <DataTable.Col source="from" field={DateOnlyField} />
            <DataTable.Col source="to" field={OngoingTo} />
            <DataTable.Col source="leadershipTeam" field={BooleanField} />
            <DataTable.Col source="principal" field={BooleanField} />
            <DataTable.Col source="partySecretary" field={BooleanField} />
            <DataTable.Col source="branchHead" field={BooleanField} />
            <DataTable.Col source="deptHead" field={BooleanField} />
          </DataTable>
        </ArrayField>
        <Heading text="resources.people.fields.deputyTerms" />
        <ArrayField source="deputyTerms" resource="deputyTerms">
          <DataTable bulkActionButtons={false} rowClick={(id) => `/deputyTerms/${id}/show`} resource="deputyTerms">
            <DataTable.Col source="electingUnitId">
              <ReferenceField source="electingUnitId" reference="orgUnits" link="show" />
            </DataTable.Col>
            <DataTable.Col source="from" field={DateOnlyField} />
            <DataTable.Col source="to" field={OngoingTo} />
          </DataTable>
        </ArrayField>
      </Box>
    </Show>
  );
}
