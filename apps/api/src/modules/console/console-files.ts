import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../config/paths';

/** Where `npm run build -w @yardstick/admin` writes the console. */
export const CONSOLE_DIST = join(REPO_ROOT, 'apps/admin/dist');

/** Paths that are the api's own, never the console's: GraphQL, REST endpoints, health. */
const API_PREFIXES = ['/graphql', '/api/', '/api'];

/**
 * Whether a request should get the console's index.html (the SPA fallback): a GET or HEAD for a page, not for
 * the api, and not for a file (a missing `/assets/x.js` must answer 404, not HTML the browser would run).
 */
export function wantsConsolePage(method: string, path: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (API_PREFIXES.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

export function consoleIsBuilt(dist: string = CONSOLE_DIST): boolean {
  return existsSync(join(dist, 'index.html'));
}
