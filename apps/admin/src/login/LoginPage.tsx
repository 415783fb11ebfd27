import InsightsIcon from '@mui/icons-material/Insights';
import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';
import { DocumentLanguage } from '../layout/DocumentLanguage';

/** react-admin's login form under the product name, with the language switch (before signing in, too). */
export const LoginPage = () => (
  <Login avatarIcon={<InsightsIcon />}>
    <DocumentLanguage />
    <Heading />
    <LoginForm />
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
      <LocalesMenuButton />
    </Box>
  </Login>
);

const Heading = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', px: 2 }}>
      <Typography variant="h5" component="h1" data-testid="login-title">Yardstick</Typography>
      <Typography variant="body2" color="text.secondary">{translate('ys.login.subtitle')}</Typography>
    </Box>
  );
};
