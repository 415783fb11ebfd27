import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme with the console's colours: calm blue, a fixed-width font for formulas. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: { main: '#1f5fa8' }, secondary: { main: '#174a7c' } },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  },
};
