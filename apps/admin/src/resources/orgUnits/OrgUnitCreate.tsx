import { Create, SimpleForm } from 'react-admin';
import { OrgUnitInputs } from './OrgUnitInputs';

export function OrgUnitCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <OrgUnitInputs />
      </SimpleForm>
    </Create>
  );
}
