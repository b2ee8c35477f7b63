import AddIcon from '@mui/icons-material/Add';
import { Box, Stack, Typography } from '@mui/material';
import {
  Button,
  DataTable,
  EditButton,
  Labeled,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { AuditHistoryButton } from '../../common/AuditHistoryButton';
import { DateTimeField, EnumChipsField, EnumField, KindField } from '../../common/fields';
import { ComplianceButton } from '../../compliance/ScorecardButton';
import { LoadError } from '../../common/LoadError';
import type { OrgUnitRecord } from '../../dataProvider/resources';
import { CurrentPositionsField, ProfileChipsField } from '../people/personFields';
import { OrgUnitBreadcrumbs } from './OrgUnitBreadcrumbs';
import { PublicLinks } from '../dutyRoster/PublicLinks';

function createLink(resource: string, source: Record<string, unknown>) {
  return `/${resource}/create?source=${encodeURIComponent(JSON.stringify(source))}`;
}

function AddChildButton() {
  const record = useRecordContext<OrgUnitRecord>();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'orgUnits' });
  if (!record || !canAccess) return null;
  return (
    <Button component={Link} to={createLink('orgUnits', { parentId: record.id })} label="lianxi.unit.add_child">
      <AddIcon />
    </Button>
  );
}

function AddHouseholdButton() {
  const record = useRecordContext<OrgUnitRecord>();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'households' });
  if (!record || record.kind !== 'RESIDENTS_GROUP' || !canAccess) return null;
  return (
    <Button component={Link} to={createLink('households', { unitId: record.id })} label="lianxi.unit.add_household">
      <AddIcon />
    </Button>
  );
}

function AddPersonButton() {
  const record = useRecordContext<OrgUnitRecord>();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'people' });
  if (!record || !canAccess) return null;
  return (
    <Button component={Link} to={createLink('people', { unitId: record.id })} label="lianxi.unit.add_person">
      <AddIcon />
    </Button>
  );
}

function ShowActions() {
  return (
    <TopToolbar>
      <ComplianceButton />
      <AuditHistoryButton entity="OrgUnit" />
      <AddChildButton />
      <EditButton />
    </TopToolbar>
  );
}

function UnitTitle() {
  const record = useRecordContext<OrgUnitRecord>();
  return <span>{record?.name ?? ''}</span>;
}

function Header() {
  const record = useRecordContext<OrgUnitRecord>();
  if (!record) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <OrgUnitBreadcrumbs />
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {record.name}
        </Typography>
        <KindField source="kind" />
        <EnumChipsField source="flags" enumName="UnitFlag" color="warning" />
      </Stack>
    </Box>
  );
}

function Hint({ text }: { text: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      {translate(text)}
    </Typography>
  );
}

/** A unit's page: where it sits, what it is, and who and what is under it. */
/** What the public sees of the unit (reception schedule, its calendar feed, adoption feedback). */
function UnitPublicLinks() {
  const record = useRecordContext<OrgUnitRecord>();
  return record ? (
    <Box sx={{ px: 2, pb: 1 }}>
      <PublicLinks code={record.code} />
    </Box>
  ) : null;
}

export function OrgUnitShow() {
  return (
    <Show actions={<ShowActions />} title={<UnitTitle />} error={<LoadError />}>
      <Header />
      <UnitPublicLinks />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="lianxi.unit.tab_summary">
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={6}>
            <Stack spacing={1.5}>
              <Labeled source="code">
                <TextField source="code" />
              </Labeled>
              <Labeled source="kind">
                <EnumField source="kind" enumName="OrgUnitKind" />
              </Labeled>
              <Labeled source="sector">
                <EnumField source="sector" enumName="Sector" />
              </Labeled>
              <Labeled source="parentId">
                <ReferenceField source="parentId" reference="orgUnits" link="show" emptyText="—" />
              </Labeled>
            </Stack>
            <Stack spacing={1.5}>
              <Labeled source="childCount">
                <NumberField source="childCount" />
              </Labeled>
              <Labeled source="personCount">
                <NumberField source="personCount" />
              </Labeled>
              <Labeled source="householdCount">
                <NumberField source="householdCount" />
              </Labeled>
            </Stack>
            <Stack spacing={1.5}>
              <Labeled source="createdAt">
                <DateTimeField source="createdAt" />
              </Labeled>
              <Labeled source="updatedAt">
                <DateTimeField source="updatedAt" />
              </Labeled>
            </Stack>
          </Stack>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="lianxi.unit.tab_children" path="children">
          <Box>
            <AddChildButton />
          </Box>
          <ReferenceManyField
            reference="orgUnits"
            target="parentId"
            sort={{ field: 'code', order: 'ASC' }}
            perPage={25}
            pagination={<Pagination />}
            label={false}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="name" />
              <DataTable.Col source="code" />
              <DataTable.Col source="kind" field={KindField} />
              <DataTable.NumberCol source="childCount" disableSort />
              <DataTable.NumberCol source="personCount" disableSort />
              <DataTable.NumberCol source="householdCount" disableSort />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="lianxi.unit.tab_people" path="people">
          <Hint text="lianxi.unit.people_under" />
          <Box>
            <AddPersonButton />
          </Box>
          <ReferenceManyField
            reference="people"
            target="underId"
            sort={{ field: 'name', order: 'ASC' }}
            perPage={10}
            pagination={<Pagination />}
            label={false}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="name" />
              <DataTable.Col source="rank">
                <EnumField source="rank" enumName="Rank" />
              </DataTable.Col>
              <DataTable.Col source="currentPositions" disableSort field={CurrentPositionsField} />
              <DataTable.Col source="profiles" disableSort field={ProfileChipsField} />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="lianxi.unit.tab_households" path="households">
          <Hint text="lianxi.unit.households_under" />
          <Box>
            <AddHouseholdButton />
          </Box>
          <ReferenceManyField
            reference="households"
            target="underId"
            sort={{ field: 'address', order: 'ASC' }}
            perPage={10}
            pagination={<Pagination />}
            label={false}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="headName" />
              <DataTable.Col source="address" />
              <DataTable.Col source="phone" disableSort />
              <DataTable.NumberCol source="memberCount" />
              <DataTable.Col source="flags" disableSort>
                <EnumChipsField source="flags" enumName="HouseholdFlag" color="secondary" />
              </DataTable.Col>
              <DataTable.Col source="unitId" disableSort>
                <ReferenceField source="unitId" reference="orgUnits" link="show" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
