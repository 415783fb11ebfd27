import type { ComponentType, ReactNode } from 'react';
import { Box, Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import FunctionsIcon from '@mui/icons-material/Functions';
import GroupsIcon from '@mui/icons-material/Groups';
import { Link } from 'react-router-dom';
import { Title, useCanAccess, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import type { DashboardEntry } from '../common/console-module';
import { consoleModules } from '../modules';

/**
 * The landing page: where to go next (leaderboard, scorecards, organisation) and a few counts. Console modules
 * add their own cards (`dashboard` entries) below the links.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title="ys.menu.dashboard" />
      <Typography variant="h5" gutterBottom data-testid="dashboard-welcome">
        {translate('ys.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>{translate('ys.dashboard.subtitle')}</Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
        <LinkCard icon={LeaderboardIcon} title="ys.dashboard.leaderboard" text="ys.dashboard.leaderboard_text" to="/leaderboard" resource="leaderboard" />
        <LinkCard icon={FunctionsIcon} title="ys.dashboard.scorecards" text="ys.dashboard.scorecards_text" to="/Scorecard" resource="Scorecard" />
        <LinkCard icon={GroupsIcon} title="ys.dashboard.organisation" text="ys.dashboard.organisation_text" to="/Agent" resource="Agent">
          <Counts />
        </LinkCard>
      </Box>
      <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
        {consoleModules.dashboard.map((entry) => <ModuleCard key={entry.id} entry={entry} />)}
      </Box>
    </Box>
  );
};

interface LinkCardProps {
  icon: ComponentType<{ color?: 'primary' }>;
  title: string;
  text: string;
  to: string;
  resource: string;
  children?: ReactNode;
}

const LinkCard = ({ icon: Icon, title, text, to, resource, children }: LinkCardProps) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: 'list' });
  // A link is live once a page answers at that address (the page folders register themselves).
  const available = to === '/Agent' || consoleModules.routes.some((route) => route.path === to)
    || consoleModules.resources.some((entry) => `/${entry.name}` === to);
  if (!canAccess) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <Icon color="primary" />
          <Typography variant="h6">{translate(title)}</Typography>
        </Box>
        <Typography variant="body2" color="text.secondary">{translate(text)}</Typography>
        {children}
      </CardContent>
      <CardActions>
        {available
          ? <Button component={Link} to={to} size="small">{translate('ys.dashboard.open')}</Button>
          : <Button size="small" disabled>{translate('ys.dashboard.coming')}</Button>}
      </CardActions>
    </Card>
  );
};

const Counts = () => {
  const translate = useTranslate();
  const agents = useGetList('Agent', { pagination: { page: 1, perPage: 1 } });
  const teams = useGetList('Team', { pagination: { page: 1, perPage: 1 } });
  if (agents.total === undefined || teams.total === undefined) return null;
  return (
    <Typography variant="body2" sx={{ mt: 1 }} data-testid="dashboard-counts">
      {`${translate('resources.Agent.name', { smart_count: agents.total })}: ${agents.total} · `}
      {`${translate('resources.Team.name', { smart_count: teams.total })}: ${teams.total}`}
    </Typography>
  );
};

const ModuleCard = ({ entry }: { entry: DashboardEntry }) => {
  const { canAccess } = useCanAccess({ resource: entry.access?.resource ?? 'dashboard', action: entry.access?.action ?? 'list' });
  const Element = entry.element;
  return canAccess ? <Element /> : null;
};
