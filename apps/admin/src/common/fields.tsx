import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { OrgUnitKind } from '@lianxi/rules';
import { formatDate, formatDateTime } from '../i18n/dates';
import { isLocale } from '../i18n/i18nProvider';
import { DEFAULT_LOCALE, type Locale } from '../i18n/messages';
import type { EnumName } from '../i18n/titles';
import { KindIcon, KIND_COLORS } from './kindIcons';

type Rec = Record<string, unknown>;

export function useLocale(): Locale {
  const [locale] = useLocaleState();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** Choices for a SelectInput over an enum; react-admin translates the `enums.*` keys in the current locale. */
export function enumChoices(name: EnumName, values: readonly string[]) {
  return values.map((id) => ({ id, name: `enums.${name}.${id}` }));
}

/** A calendar date as 2025年3月1日 (or March 1, 2025), never shifted by the browser's time zone. */
export function DateOnlyField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext<Rec>();
  const locale = useLocale();
  const value = record?.[source];
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {typeof value === 'string' ? formatDate(value, locale) : ''}
    </Typography>
  );
}
DateOnlyField.displayName = 'DateOnlyField';

export function DateTimeField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext<Rec>();
  const locale = useLocale();
  const value = record?.[source];
  return (
    <Typography component="span" variant="body2">
      {typeof value === 'string' ? formatDateTime(value, locale) : ''}
    </Typography>
  );
}

export function EnumField({ source, enumName }: FieldProps & { source: string; enumName: EnumName }) {
  const record = useRecordContext<Rec>();
  const translate = useTranslate();
  const value = record?.[source];
  if (typeof value !== 'string') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`enums.${enumName}.${value}`)}
    </Typography>
  );
}

export function EnumChipsField({
  source,
  enumName,
  color = 'default',
}: FieldProps & { source: string; enumName: EnumName; color?: 'default' | 'warning' | 'primary' | 'secondary' }) {
  const record = useRecordContext<Rec>();
  const translate = useTranslate();
  const values = record?.[source];
  if (!Array.isArray(values) || values.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {values.map((v: unknown) => (
        <Chip key={String(v)} size="small" color={color} variant="outlined" label={translate(`enums.${enumName}.${String(v)}`)} />
      ))}
    </Stack>
  );
}

export function KindChip({ kind }: { kind: OrgUnitKind }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<KindIcon kind={kind} />}
      label={translate(`enums.OrgUnitKind.${kind}`)}
      sx={{ borderColor: KIND_COLORS[kind], color: KIND_COLORS[kind], '& .MuiChip-icon': { color: KIND_COLORS[kind] } }}
    />
  );
}

export function KindField({ source = 'kind' }: FieldProps & { source?: string }) {
  const record = useRecordContext<Rec>();
  const kind = record?.[source];
  return typeof kind === 'string' ? <KindChip kind={kind as OrgUnitKind} /> : null;
}
