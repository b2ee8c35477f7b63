import { EditButton, Labeled, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { AuditHistoryButton } from '../../common/AuditHistoryButton';
import { RevealButton } from '../../common/RevealButton';
import { DateTimeField, EnumChipsField } from '../../common/fields';
import { LoadError } from '../../common/LoadError';
import type { HouseholdRecord } from '../../dataProvider/resources';

function HouseholdTitle() {
  const record = useRecordContext<HouseholdRecord>();
  return <span>{record ? `${record.headName} · ${record.address}` : ''}</span>;
}

export function HouseholdShow() {
  return (
    <Show
      title={<HouseholdTitle />}
      error={<LoadError />}
      actions={
        <TopToolbar>
          <RevealButton resource="households" />
          <AuditHistoryButton entity="Household" />
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="headName" />
        <TextField source="address" />
        <TextField source="phone" />
        <NumberField source="memberCount" />
        <Labeled source="flags">
          <EnumChipsField source="flags" enumName="HouseholdFlag" color="secondary" />
        </Labeled>
        <ReferenceField source="unitId" reference="orgUnits" link="show" />
        <Labeled source="updatedAt">
          <DateTimeField source="updatedAt" />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
