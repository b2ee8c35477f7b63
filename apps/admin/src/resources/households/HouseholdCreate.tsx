import { Create, SimpleForm } from 'react-admin';
import { HouseholdInputs } from './HouseholdInputs';

export function HouseholdCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ flags: [] }}>
        <HouseholdInputs />
      </SimpleForm>
    </Create>
  );
}
