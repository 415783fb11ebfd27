import 'reflect-metadata';
import { createHttpApp } from './app.factory';
import { Logger, type INestApplication } from '@nestjs/common';
import { ConfigError, loadConfig, type AppConfig } from './config/app.config';
import { withDatabase } from './database/database.options';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from './database/embedded-postgres';
import { ensureDatabase } from './database/ensure-database';
import { DemoSeeder } from './modules/demo/demo.seeder';

// `npm start`: configuration → database (the embedded PostgreSQL when DATABASE_URL is unset) → migrations (run by
// TypeORM at init) → demo seed on an empty database → listen → banner. SIGINT/SIGTERM close the app, then stop
// the embedded server, so nothing is left running.

const logger = new Logger('Yardstick');

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedPostgresServer | undefined;
  let app: INestApplication | undefined;
  const shutdown = once(async (signal: string) => {
    logger.log(`${signal}: shutting down`);
    await app?.close().catch((error: unknown) => logger.error(`closing the app failed: ${String(error)}`));
    await embedded?.stop().catch((error: unknown) => logger.error(`stopping PostgreSQL failed: ${String(error)}`));
    process.exit(0);
  });
  // embedded-postgres installs its own exit hook that stops the server on these signals, racing app.close() (the
  // pool then sees its connections killed); this process orders the shutdown itself: app first, then PostgreSQL.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    let databaseUrl = config.database.url;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ databaseDir: config.database.embeddedDir });
      await ensureDatabase(embedded.adminUrl, 'yardstick');
      databaseUrl = withDatabase(embedded.adminUrl, 'yardstick');
      logger.log(`embedded PostgreSQL in ${config.database.embeddedDir} on port ${embedded.port} (set DATABASE_URL to use another server)`);
    }
    const runtime: AppConfig = { ...config, database: { ...config.database, url: databaseUrl } };
    app = await createHttpApp(runtime, ['log', 'warn', 'error']);
    if (config.demo.seed && (await app.get(DemoSeeder).seedIfEmpty())) logger.log('demo data loaded into the empty database');
    await app.listen(config.server.port, config.server.host);
    await printBanner(app, runtime);
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

async function printBanner(app: INestApplication, config: AppConfig): Promise<void> {
  const address = app.getHttpServer().address() as { port: number };
  const host = ['127.0.0.1', '0.0.0.0', '::'].includes(config.server.host) ? 'localhost' : config.server.host;
  const lines = [`Yardstick GraphQL API: http://${host}:${address.port}/graphql${config.server.playground ? ' (GraphiQL in the browser)' : ''}`];
  if (config.demo.seed) {
    const { logins, apiKey } = await app.get(DemoSeeder).banner();
    if (logins.length > 0) {
      lines.push('Demo logins (DEMO ONLY, published passwords: never use them for real data):');
      for (const login of logins) lines.push(`  ${login.username.padEnd(11)} / ${login.password.padEnd(16)} ${login.role}: ${login.note}`);
      lines.push('  mutation { login(username: "admin", password: "demo-admin") { token } }  then  Authorization: Bearer <token>');
    }
    if (apiKey) lines.push(`Demo integrator API key (ingest, read): X-Api-Key: ${apiKey}`);
  }
  lines.push('Press Ctrl-C to stop.');
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

function once<A extends unknown[]>(action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  let running: Promise<void> | undefined;
  return (...args: A) => (running ??= action(...args));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
