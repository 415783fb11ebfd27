import { Box, Chip, Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useGetIdentity, useTranslate } from 'react-admin';

/** The title and the role signed in; react-admin adds the language switch (English / 中文) and the refresh button. */
export const AppBar = () => (
  <RaAppBar>
    <Typography variant="h6" sx={{ mr: 2, fontWeight: 600 }} data-testid="app-title">Yardstick</Typography>
    <TitlePortal />
    <RoleChip />
  </RaAppBar>
);

const RoleChip = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  const role = typeof identity.role === 'string' ? identity.role : '';
  return (
    <Box sx={{ display: { xs: 'none', sm: 'block' }, mr: 1 }}>
      <Chip size="small" data-testid="role-chip" sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,0.5)' }} variant="outlined"
        label={translate(`ys.roles.${role}`, { _: role })} />
    </Box>
  );
};
