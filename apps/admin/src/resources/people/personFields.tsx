import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { todayInChina } from '../../i18n/dates';
import type { PersonRecord } from '../../dataProvider/resources';
import { currentPositions } from '../../domain/profiles';

/** "党委书记 · 鹤山农场" for each post held today. */
export function CurrentPositionsField() {
  const record = useRecordContext<PersonRecord>();
  if (!record?.positions) return null;
  const held = currentPositions(record, todayInChina());
  return (
    <Stack spacing={0.25}>
      {held.map((p) => (
        <Typography key={p.id} variant="body2" component="span">
          {p.title}
          <Typography component="span" variant="caption" color="text.secondary">
            {p.unit ? ` · ${p.unit.name}` : ''}
          </Typography>
        </Typography>
      ))}
    </Stack>
  );
}

/** The person's profiles today (`Person.profiles`, derived by the API) as chips: who the ten systems' rules apply to. */
export function ProfileChipsField({ showEmpty = false }: { showEmpty?: boolean }) {
  const record = useRecordContext<PersonRecord>();
  const translate = useTranslate();
  if (!record?.profiles) return null;
  const today = todayInChina();
  const profiles = record.profiles;
  if (profiles.length === 0) {
    return showEmpty ? (
      <Typography variant="body2" color="text.secondary">
        {translate('lianxi.person.no_profiles')}
      </Typography>
    ) : null;
  }
  return (
    <Tooltip title={translate('lianxi.person.profiles_hint', { date: today })}>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="profile-chips">
        {profiles.map((p) => (
          <Chip key={p} size="small" color="primary" variant={p === 'PARTY_MEMBER' ? 'outlined' : 'filled'} label={translate(`enums.Profile.${p}`)} data-profile={p} />
        ))}
      </Stack>
    </Tooltip>
  );
}
