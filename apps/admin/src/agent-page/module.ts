import type { ConsoleModule } from '../common/console-module';
import { lazyPage } from '../leaderboard/lazy-page';
import { messages } from './messages';

// One agent's scores (opened from the leaderboard), loaded in its own chunk; its chart in another.
export const consoleModule: ConsoleModule = {
  routes: [{ path: '/agents/:id/scores', element: lazyPage(() => import('./AgentScorePage'), 'AgentScorePage'), access: { resource: 'agent-page' } }],
  messages,
};
