import {
  ALLOWED_PARENT_KINDS,
  allowedChildKinds,
  ORG_UNIT_KIND_TITLES,
  ORG_UNIT_KINDS,
  SECTORS,
  UNIT_FLAGS,
  type OrgUnitKind,
} from '@lianxi/rules';
import { Box, Stack } from '@mui/material';
import { useEffect } from 'react';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { enumChoices, useLocale } from '../../common/fields';
import { langOf } from '../../i18n/messages';
import type { OrgUnitRecord } from '../../dataProvider/resources';

/**
 * The unit form shared by create and edit. The parent picker lists only units of the kinds allowed above
 * the chosen kind (a residents' group sits under a management area, a work station, a livestock area, a
 * community or a quarter); the API enforces the same table and its message shows under the picker if a
 * parent chosen before the kind changed no longer fits.
 */
export function OrgUnitInputs() {
  const translate = useTranslate();
  const lang = langOf(useLocale());
  const { setValue, getValues } = useFormContext();
  const kind = useWatch({ name: 'kind' }) as OrgUnitKind | undefined;
  const parentId = useWatch({ name: 'parentId' }) as string | undefined;
  const { data: parent } = useGetOne<OrgUnitRecord>('orgUnits', { id: parentId ?? '' }, { enabled: !!parentId });

  // Creating under a unit: start with the first kind that unit may hold.
  useEffect(() => {
    if (parent && !getValues('kind')) {
      const first = allowedChildKinds(parent.kind)[0];
      if (first) setValue('kind', first, { shouldDirty: true });
    }
  }, [parent, getValues, setValue]);

  const parentKinds = kind ? ALLOWED_PARENT_KINDS[kind].filter((k): k is OrgUnitKind => k !== null) : [];
  const parentHelp = kind
    ? parentKinds.length
      ? translate('lianxi.unit.parent_kinds', { kinds: parentKinds.map((k) => ORG_UNIT_KIND_TITLES[k][lang]).join('、') })
      : translate('lianxi.unit.no_parent')
    : ' ';

  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="name" validate={required()} fullWidth />
        <TextInput source="code" validate={required()} fullWidth helperText="lianxi.unit.code_hint" />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectInput source="kind" choices={enumChoices('OrgUnitKind', ORG_UNIT_KINDS)} validate={required()} fullWidth />
        <ReferenceInput
          source="parentId"
          reference="orgUnits"
          filter={parentKinds.length ? { kinds: parentKinds } : { kinds: ['BUREAU'] }}
          sort={{ field: 'path', order: 'ASC' }}
          perPage={50}
        >
          <AutocompleteInput
            optionText="name"
            fullWidth
            helperText={parentHelp}
            filterToQuery={(q: string) => ({ q })}
            disabled={kind === 'BUREAU'}
          />
        </ReferenceInput>
      </Stack>
      <SelectInput source="sector" choices={enumChoices('Sector', SECTORS)} emptyText=" " sx={{ minWidth: 240 }} />
      <CheckboxGroupInput source="flags" choices={enumChoices('UnitFlag', UNIT_FLAGS)} />
    </Box>
  );
}
