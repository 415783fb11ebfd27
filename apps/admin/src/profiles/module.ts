import ProfilesIcon from '@mui/icons-material/ToggleOn';
import type { ConsoleModule } from '../common/console-module';
import { lazyPage } from '../leaderboard/lazy-page';
import { messages } from './messages';

// Profiles in force, their timeline and overrides, loaded in its own chunk.
export const consoleModule: ConsoleModule = {
  routes: [{ path: '/profiles', element: lazyPage(() => import('./ProfilesPage'), 'ProfilesPage'), access: { resource: 'profiles' } }],
  menu: [{ to: '/profiles', label: 'ys.menu.profiles', icon: ProfilesIcon, order: 30, access: { resource: 'profiles' } }],
  messages,
};
