// Builds the console (apps/admin/dist) when it is missing or older than its sources, so the browser suite always
// drives the code under test. Used by global-setup.js; `node tests/browser/support/console-build.js` runs it alone.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '../../..');
const ADMIN = join(ROOT, 'apps/admin');
const BUILT = join(ADMIN, 'dist/index.html');
// Everything the bundle is made of: the console, the language it runs in the browser, its configuration.
const SOURCES = [join(ADMIN, 'src'), join(ADMIN, 'index.html'), join(ADMIN, 'vite.config.ts'), join(ADMIN, 'package.json'), join(ROOT, 'dsl/src')];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

function consoleIsStale() {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((source) => newestChange(source) > built);
}

function buildConsoleIfStale(log = (line) => process.stderr.write(`${line}\n`)) {
  if (!consoleIsStale()) return false;
  log('browser tests: building the console (apps/admin/dist is missing or older than its sources)…');
  // NODE_ENV must be production whatever the caller's (jest sets test): otherwise React's development build ships.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ADMIN, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' },
  });
  return true;
}

module.exports = { buildConsoleIfStale, consoleIsStale };

if (require.main === module) buildConsoleIfStale();
