import { Labeled, ReferenceField, Show, SimpleShowLayout } from 'react-admin';
import { DateOnlyField } from '../../common/fields';
import { LoadError } from '../../common/LoadError';

export function DeputyTermShow() {
  return (
    <Show error={<LoadError />}>
      <SimpleShowLayout>
        <ReferenceField source="personId" reference="people" link="show" />
        <ReferenceField source="electingUnitId" reference="orgUnits" link="show" />
        <Labeled source="from">
          <DateOnlyField source="from" />
        </Labeled>
        <Labeled source="to">
          <DateOnlyField source="to" />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
