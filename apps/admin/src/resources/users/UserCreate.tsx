import { Create, SimpleForm } from 'react-admin';
import { UserCreateInputs } from './userInputs';

export function UserCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ role: 'CADRE' }}>
        <UserCreateInputs />
      </SimpleForm>
    </Create>
  );
}
