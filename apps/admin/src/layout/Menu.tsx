import SettingsIcon from '@mui/icons-material/Settings';
import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';
import type { MenuEntry } from '../common/console-module';
import { consoleModules } from '../modules';

/**
 * Home, the pages of the console modules (leaderboard, scorecards…), the organisation resources, settings.
 * react-admin hides resources the role may not list; module pages are hidden the same way here.
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem primaryText="ys.menu.dashboard" />
    {consoleModules.menu.map((entry) => <ModuleItem key={entry.to} entry={entry} />)}
    <RaMenu.ResourceItems />
    <RaMenu.Item to="/settings" primaryText="ys.menu.settings" leftIcon={<SettingsIcon />} />
  </RaMenu>
);

const ModuleItem = ({ entry }: { entry: MenuEntry }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: entry.access?.resource ?? entry.to, action: entry.access?.action ?? 'list' });
  if (!canAccess) return null;
  const Icon = entry.icon;
  return <RaMenu.Item to={entry.to} primaryText={translate(entry.label)} leftIcon={<Icon />} />;
};
