import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { LoadError } from '../../common/LoadError';
import { UserEditInputs } from './userInputs';

/** No delete button: users are disabled, never deleted, so the audit log keeps naming them. */
function EditToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" error={<LoadError />}>
      <SimpleForm toolbar={<EditToolbar />}>
        <UserEditInputs />
      </SimpleForm>
    </Edit>
  );
}
