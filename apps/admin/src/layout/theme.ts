import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Fonts that carry Simplified Chinese on every desktop the bureau uses, then Linux's Noto CJK. */
const FONT_STACK = [
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

export const lianxiTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#b71c1c' },
    secondary: { main: '#8d1a1a' },
    background: { default: '#f6f4f2' },
  },
  typography: { fontFamily: FONT_STACK },
  shape: { borderRadius: 6 },
  components: {
    ...defaultTheme.components,
    RaAppBar: { styleOverrides: { root: { '& .RaAppBar-toolbar': { minHeight: 52 } } } },
    // Chinese labels are short but must not break one character per line when a row is tight.
    MuiFormControlLabel: { styleOverrides: { label: { whiteSpace: 'nowrap' } } },
  },
};
