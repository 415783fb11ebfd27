import type { ConsoleModule } from '../common/console-module';
import { scorecards } from './index';

// Scorecards: the list, and the editor workspace (formula, weights and targets, preview, versions) per scorecard.
// Messages come from ./messages.ts through the i18n catalogue.
export const consoleModule: ConsoleModule = {
  resources: [{ name: 'Scorecard', ...scorecards, order: 20 }],
};
