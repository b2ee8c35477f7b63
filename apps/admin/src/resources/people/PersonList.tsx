import { RANKS } from '@lianxi/rules';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  TopToolbar,
} from 'react-admin';
import { csvExporter, yesNo } from '../../common/csv';
import { DateOnlyField, EnumField, enumChoices } from '../../common/fields';
import { LoadError } from '../../common/LoadError';
import type { PersonRecord } from '../../dataProvider/resources';
import { todayInChina } from '../../i18n/dates';
import { currentPositions } from '../../domain/profiles';
import { i18nProvider } from '../../providers';
import { CurrentPositionsField, ProfileChipsField } from './personFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="underId" source="underId" reference="orgUnits" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectArrayInput key="ranks" source="ranks" choices={enumChoices('Rank', RANKS)} sx={{ minWidth: 200 }} />,
  <NullableBooleanInput key="partyMember" source="partyMember" />,
  <NullableBooleanInput key="reserveCadre" source="reserveCadre" />,
];

const f = (name: string) => `resources.people.fields.${name}`;
const exporter = csvExporter<PersonRecord>(i18nProvider, 'resources.people.name', [
  { header: f('name'), value: (r) => r.name },
  { header: f('gender'), value: (r, t) => t(`enums.Gender.${r.gender}`) },
  { header: f('birthDate'), value: (r) => r.birthDate },
  { header: f('rank'), value: (r, t) => t(`enums.Rank.${r.rank}`) },
  { header: f('education'), value: (r, t) => (r.education ? t(`enums.EducationLevel.${r.education}`) : '') },
  { header: f('partyMember'), value: (r, t) => yesNo(r.partyMember, t) },
  { header: f('partyJoinedOn'), value: (r) => r.partyJoinedOn },
  { header: f('reserveCadre'), value: (r, t) => yesNo(r.reserveCadre, t) },
  { header: f('phone'), value: (r) => r.phone },
  { header: f('currentPositions'), value: (r) => currentPositions(r, todayInChina()).map((p) => (p.unit ? `${p.title}（${p.unit.name}）` : p.title)) },
  { header: f('profiles'), value: (r, t) => r.profiles.map((p) => t(`enums.Profile.${p}`)) },
]);

function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton maxResults={5000} />
    </TopToolbar>
  );
}

export function PersonList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'name', order: 'ASC' }} exporter={exporter} error={<LoadError />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="gender" disableSort>
          <EnumField source="gender" enumName="Gender" />
        </DataTable.Col>
        <DataTable.Col source="birthDate" field={DateOnlyField} />
        <DataTable.Col source="rank">
          <EnumField source="rank" enumName="Rank" />
        </DataTable.Col>
        <DataTable.Col source="unitId" disableSort>
          <ReferenceField source="unitId" reference="orgUnits" link="show" />
        </DataTable.Col>
        <DataTable.Col source="currentPositions" disableSort field={CurrentPositionsField} />
        <DataTable.Col source="profiles" disableSort field={ProfileChipsField} />
      </DataTable>
    </List>
  );
}
