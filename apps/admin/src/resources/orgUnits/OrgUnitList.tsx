import { ORG_UNIT_KINDS, UNIT_FLAGS } from '@lianxi/rules';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { EnumChipsField, enumChoices, KindField } from '../../common/fields';
import { csvExporter } from '../../common/csv';
import { LoadError } from '../../common/LoadError';
import type { OrgUnitRecord } from '../../dataProvider/resources';
import { i18nProvider } from '../../providers';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('OrgUnitKind', ORG_UNIT_KINDS)} alwaysOn />,
  <ReferenceInput key="underId" source="underId" reference="orgUnits" filter={{ kinds: ['BUREAU', 'FARM', 'MANAGEMENT_AREA', 'COMMUNITY'] }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="flag" source="flag" choices={enumChoices('UnitFlag', UNIT_FLAGS)} />,
];

const f = (name: string) => `resources.orgUnits.fields.${name}`;
export const orgUnitExporter = csvExporter<OrgUnitRecord>(i18nProvider, 'resources.orgUnits.name', [
  { header: f('name'), value: (r) => r.name },
  { header: f('code'), value: (r) => r.code },
  { header: f('kind'), value: (r, t) => t(`enums.OrgUnitKind.${r.kind}`) },
  { header: f('sector'), value: (r, t) => (r.sector ? t(`enums.Sector.${r.sector}`) : '') },
  { header: f('flags'), value: (r, t) => r.flags.map((x) => t(`enums.UnitFlag.${x}`)) },
  { header: f('depth'), value: (r) => r.depth },
  { header: f('childCount'), value: (r) => r.childCount },
  { header: f('personCount'), value: (r) => r.personCount },
  { header: f('householdCount'), value: (r) => r.householdCount },
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

export function OrgUnitList() {
  return (
    <List
      filters={filters}
      actions={<Actions />}
      sort={{ field: 'code', order: 'ASC' }}
      exporter={orgUnitExporter}
      error={<LoadError />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="code" />
        <DataTable.Col source="kind" field={KindField} />
        <DataTable.Col source="parentId" disableSort>
          <ReferenceField source="parentId" reference="orgUnits" link="show" />
        </DataTable.Col>
        <DataTable.Col source="flags" disableSort>
          <EnumChipsField source="flags" enumName="UnitFlag" color="warning" />
        </DataTable.Col>
        <DataTable.NumberCol source="childCount" disableSort />
        <DataTable.NumberCol source="personCount" disableSort />
        <DataTable.NumberCol source="householdCount" disableSort />
      </DataTable>
    </List>
  );
}
