import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import type { ConsoleModule } from '../common/console-module';
import { lazyPage } from './lazy-page';
import { messages } from './messages';

// The leaderboard page, loaded in its own chunk when first opened.
export const consoleModule: ConsoleModule = {
  routes: [{ path: '/leaderboard', element: lazyPage(() => import('./LeaderboardPage'), 'LeaderboardPage'), access: { resource: 'leaderboard' } }],
  menu: [{ to: '/leaderboard', label: 'ys.menu.leaderboard', icon: LeaderboardIcon, order: 10, access: { resource: 'leaderboard' } }],
  messages,
};
