#!/usr/bin/env node
// The TypeORM CLI against the service's database: `npm run typeorm -w @yardstick/api -- migration:show`.
// With DATABASE_URL set it uses that server; otherwise it starts the embedded PostgreSQL of `npm start`
// (apps/api/.data/pg) for the duration of the command. Runs on the compiled code: build first (`tsc -b`).
const { spawn } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const dataSource = join(dist, 'database', 'data-source.js');

async function main() {
  if (!existsSync(dataSource)) throw new Error('apps/api is not built: run `npx tsc -b apps/api` first');
  const args = process.argv.slice(2);
  if (args.length === 0) throw new Error('usage: scripts/typeorm.js <migration:show|migration:run|migration:revert> [options]');
  let embedded;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const { loadConfig } = require(join(dist, 'config', 'app.config.js'));
    const { startEmbeddedPostgres } = require(join(dist, 'database', 'embedded-postgres.js'));
    const { ensureDatabase } = require(join(dist, 'database', 'ensure-database.js'));
    const { withDatabase } = require(join(dist, 'database', 'database.options.js'));
    embedded = await startEmbeddedPostgres({ databaseDir: loadConfig().database.embeddedDir });
    await ensureDatabase(embedded.adminUrl, 'yardstick');
    url = withDatabase(embedded.adminUrl, 'yardstick');
  }
  const cli = require.resolve('typeorm/cli.js');
  const child = spawn(process.execPath, [cli, ...args, '-d', dataSource], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
  const code = await new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
  if (embedded) await embedded.stop();
  process.exit(code);
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
