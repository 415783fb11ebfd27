import { collectModules, type ConsoleModule } from './common/console-module';

// Every page folder's `module.ts` (see common/console-module.ts), found at build time.
const found = import.meta.glob<{ consoleModule: ConsoleModule }>('./*/module.ts', { eager: true });

export const consoleModules = collectModules(Object.values(found).map((module) => module.consoleModule));
