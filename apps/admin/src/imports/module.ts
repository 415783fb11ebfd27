import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ConsoleModule } from '../common/console-module';
import { lazyPage } from '../leaderboard/lazy-page';
import { messages } from './messages';

// The import wizard (admins), loaded in its own chunk; read-excel-file in another, when an Excel file is chosen.
export const consoleModule: ConsoleModule = {
  routes: [{ path: '/imports', element: lazyPage(() => import('./ImportsPage'), 'ImportsPage'), access: { resource: 'imports' } }],
  menu: [{ to: '/imports', label: 'ys.menu.imports', icon: UploadFileIcon, order: 40, access: { resource: 'imports' } }],
  messages,
};
