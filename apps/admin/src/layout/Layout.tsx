import { ThemeProvider, type Theme } from '@mui/material/styles';
import { createTheme } from '@mui/material/styles';
import { enUS as materialEn, zhCN as materialZh } from '@mui/material/locale';
import { useMemo, type ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal, type LayoutProps } from 'react-admin';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocale } from '../common/fields';
import { Menu } from './Menu';
import { UserMenu } from './UserMenu';

/**
 * The app bar keeps react-admin's language button (shown because two locales are offered) and the user menu
 * with sign-out, and names the product.
 */
function LianxiAppBar() {
  const translate = useTranslate();
  return (
    <AppBar userMenu={<UserMenu />}>
      <Typography variant="subtitle1" sx={{ fontWeight: 700, mr: 2, whiteSpace: 'nowrap' }}>
        {translate('lianxi.app.title')}
      </Typography>
      <TitlePortal variant="subtitle1" sx={{ opacity: 0.85 }} />
    </AppBar>
  );
}

/** MUI's own strings (pagination, pickers) follow the chosen language too. */
function LocalizedTheme({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const theme = useMemo(
    () => (outer: Theme) => createTheme(outer, locale === 'en' ? materialEn : materialZh),
    [locale],
  );
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}

export function Layout(props: LayoutProps) {
  return (
    <LocalizedTheme>
      <RaLayout {...props} appBar={LianxiAppBar} menu={Menu} />
    </LocalizedTheme>
  );
}
