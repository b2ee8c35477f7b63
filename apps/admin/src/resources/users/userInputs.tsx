import { Stack } from '@mui/material';
import {
  AutocompleteInput,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  type Validator,
} from 'react-admin';
import { enumChoices } from '../../common/fields';

export const ROLES = ['ADMIN', 'HEAD', 'CADRE'] as const;

/** The API's rule (auth.passwords.ts): at least 10 characters with letters and digits. */
export function isStrongPassword(value: string): boolean {
  return value.length >= 10 && /[A-Za-z]/.test(value) && /\d/.test(value);
}

/** Empty passes (an edit keeps the password); anything typed must pass the API's rule. */
export const strongPassword: Validator = (value: unknown) =>
  typeof value === 'string' && value !== '' && !isStrongPassword(value) ? 'lianxi.password.weak' : undefined;

/** Checks that a confirmation field repeats `source`. */
export const sameAs =
  (source: string): Validator =>
  (value: unknown, values: Record<string, unknown>) =>
    (values[source] ?? '') === (value ?? '') ? undefined : 'lianxi.password.mismatch';

function ScopeAndPerson() {
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
      <ReferenceInput source="scopeUnitId" reference="orgUnits" perPage={50}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} sx={{ minWidth: 280 }} />
      </ReferenceInput>
      <ReferenceInput source="personId" reference="people" perPage={50}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
      </ReferenceInput>
    </Stack>
  );
}

/** A new account: username, name, role, scope, person and a password typed twice. */
export function UserCreateInputs() {
  return (
    <Stack sx={{ width: '100%', maxWidth: 900 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextInput source="username" validate={required()} autoComplete="off" />
        <TextInput source="displayName" validate={required()} />
        <SelectInput source="role" choices={enumChoices('Role', ROLES)} validate={required()} />
      </Stack>
      <ScopeAndPerson />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <PasswordInput source="password" validate={[required(), strongPassword]} helperText="lianxi.password.rule" autoComplete="new-password" />
        <PasswordInput source="password_confirm" validate={[required(), sameAs('password')]} autoComplete="new-password" />
      </Stack>
    </Stack>
  );
}

/** An account's edit: everything but the username; a password typed here replaces the old one. */
export function UserEditInputs() {
  return (
    <Stack sx={{ width: '100%', maxWidth: 900 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextInput source="username" disabled />
        <TextInput source="displayName" validate={required()} />
        <SelectInput source="role" choices={enumChoices('Role', ROLES)} validate={required()} />
      </Stack>
      <ScopeAndPerson />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <PasswordInput source="password" label="resources.users.fields.newPassword" validate={strongPassword} helperText="lianxi.password.rule" autoComplete="new-password" />
        <PasswordInput source="password_confirm" validate={sameAs('password')} autoComplete="new-password" />
      </Stack>
    </Stack>
  );
}
