import { Edit, SimpleForm } from 'react-admin';
import { LoadError } from '../../common/LoadError';
import { DeputyTermInputs } from './DeputyTermInputs';

export function DeputyTermEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" error={<LoadError />}>
      <SimpleForm>
        <DeputyTermInputs />
      </SimpleForm>
    </Edit>
  );
}
