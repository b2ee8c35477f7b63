import { Edit, SimpleForm } from 'react-admin';
import { LoadError } from '../../common/LoadError';
import { OrgUnitBreadcrumbs } from './OrgUnitBreadcrumbs';
import { OrgUnitInputs } from './OrgUnitInputs';

/** Pessimistic: the API's checks (kind table, unique code, version) must answer before the form closes. */
export function OrgUnitEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" error={<LoadError />}>
      <SimpleForm>
        <OrgUnitBreadcrumbs />
        <OrgUnitInputs />
      </SimpleForm>
    </Edit>
  );
}
