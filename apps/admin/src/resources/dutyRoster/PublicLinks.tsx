import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Link as MuiLink, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The API's public pages of a unit (no sign-in; `reception.public.ts` and `opinion.public.ts`). */
export function publicUrls(code: string): { schedule: string; ics: string; feedback: string } {
  const c = encodeURIComponent(code);
  return { schedule: `/public/units/${c}/reception`, ics: `/public/units/${c}/reception.ics`, feedback: `/public/units/${c}/feedback` };
}

/** Links to what the public sees of a unit: its announced reception days (page and calendar feed) and the adoption feedback. */
export function PublicLinks({ code }: { code: string | null | undefined }) {
  const translate = useTranslate();
  if (!code) return null;
  const urls = publicUrls(code);
  const link = (href: string, label: string, testId: string) => (
    <MuiLink href={href} target="_blank" rel="noopener" data-testid={testId} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      {translate(label)}
      <OpenInNewIcon sx={{ fontSize: 14 }} />
    </MuiLink>
  );
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="public-links">
      <Typography variant="body2" color="text.secondary">
        {translate('lianxi.reception.public_pages')}：
      </Typography>
      {link(urls.schedule, 'lianxi.reception.public_schedule', 'public-schedule')}
      {link(urls.ics, 'lianxi.reception.public_ics', 'public-ics')}
      {link(urls.feedback, 'lianxi.reception.public_feedback', 'public-feedback')}
    </Stack>
  );
}
