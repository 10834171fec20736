import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** React-Admin's default theme with a primary colour that keeps AA contrast on white. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#0b57d0' },
    secondary: { main: '#1f3b70' },
  },
};
