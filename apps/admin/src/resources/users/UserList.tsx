import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { DateTimeField, enumChoices } from '../../common/fields';
import { LoadError } from '../../common/LoadError';
import { ROLES } from './userInputs';
import { RoleField, UserStatusField } from './userFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('Role', ROLES)} alwaysOn />,
  <ReferenceInput key="scopeUnitId" source="scopeUnitId" reference="orgUnits">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
    </TopToolbar>
  );
}

export function UserList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'username', order: 'ASC' }} exporter={false} error={<LoadError />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="displayName" />
        <DataTable.Col source="role" field={RoleField} />
        <DataTable.Col source="scopeUnitId" disableSort>
          <ReferenceField source="scopeUnitId" reference="orgUnits" link="show" />
        </DataTable.Col>
        <DataTable.Col source="personId" disableSort>
          <ReferenceField source="personId" reference="people" link="show" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="disabled" label="lianxi.user.status" disableSort field={UserStatusField} />
        <DataTable.Col source="createdAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
}
