import { Edit, SimpleForm } from 'react-admin';
import { LoadError } from '../../common/LoadError';
import { HouseholdInputs } from './HouseholdInputs';

export function HouseholdEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" error={<LoadError />}>
      <SimpleForm>
        <HouseholdInputs />
      </SimpleForm>
    </Edit>
  );
}
