import { Edit, SimpleForm } from 'react-admin';
import { LoadError } from '../../common/LoadError';
import { PersonInputs } from './PersonInputs';

/** Pessimistic so the API's answer (a wrong date range, a stale version) lands on the right input. */
export function PersonEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" error={<LoadError />}>
      <SimpleForm>
        <PersonInputs />
      </SimpleForm>
    </Edit>
  );
}
