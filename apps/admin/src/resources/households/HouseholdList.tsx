import { HOUSEHOLD_FLAGS, NEEDY_HOUSEHOLD_FLAGS } from '@lianxi/rules';
import CategoryIcon from '@mui/icons-material/Category';
import { Card, CardContent } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  FilterList,
  FilterListItem,
  FilterLiveSearch,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TopToolbar,
} from 'react-admin';
import { csvExporter } from '../../common/csv';
import { EnumChipsField } from '../../common/fields';
import { LoadError } from '../../common/LoadError';
import type { HouseholdRecord } from '../../dataProvider/resources';
import { i18nProvider } from '../../providers';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="underId" source="underId" reference="orgUnits" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput key="unitId" source="unitId" reference="orgUnits" filter={{ kind: 'RESIDENTS_GROUP' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];

/** Flags as one-click filters in a sidebar: the needy ones first, as cadres look for them most. */
function FlagSidebar() {
  const ordered = [...NEEDY_HOUSEHOLD_FLAGS, ...HOUSEHOLD_FLAGS.filter((f) => !NEEDY_HOUSEHOLD_FLAGS.includes(f))];
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 220, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <FilterLiveSearch source="q" />
        <FilterList label="lianxi.household.flag_filter" icon={<CategoryIcon />}>
          <FilterListItem label="lianxi.household.needy_only" value={{ needy: true }} />
          {ordered.map((flag) => (
            <FilterListItem key={flag} label={`enums.HouseholdFlag.${flag}`} value={{ flags: [flag] }} />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
}

const f = (name: string) => `resources.households.fields.${name}`;
const exporter = csvExporter<HouseholdRecord>(i18nProvider, 'resources.households.name', [
  { header: f('headName'), value: (r) => r.headName },
  { header: f('address'), value: (r) => r.address },
  { header: f('phone'), value: (r) => r.phone },
  { header: f('memberCount'), value: (r) => r.memberCount },
  { header: f('flags'), value: (r, t) => r.flags.map((x) => t(`enums.HouseholdFlag.${x}`)) },
]);

function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton maxResults={10000} />
    </TopToolbar>
  );
}

export function HouseholdList() {
  return (
    <List
      filters={filters}
      aside={<FlagSidebar />}
      actions={<Actions />}
      sort={{ field: 'address', order: 'ASC' }}
      exporter={exporter}
      error={<LoadError />}
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
    </List>
  );
}
