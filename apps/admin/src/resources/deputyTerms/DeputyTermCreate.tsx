import { Create, SimpleForm } from 'react-admin';
import { DeputyTermInputs } from './DeputyTermInputs';

export function DeputyTermCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <DeputyTermInputs withPerson />
      </SimpleForm>
    </Create>
  );
}
