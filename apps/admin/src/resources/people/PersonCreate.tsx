import { Create, SimpleForm } from 'react-admin';
import { PersonInputs } from './PersonInputs';

export function PersonCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ rank: 'NONE', partyMember: false, reserveCadre: false, grassrootsExperience: false }}>
        <PersonInputs />
      </SimpleForm>
    </Create>
  );
}
