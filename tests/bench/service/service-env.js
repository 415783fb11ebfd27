'use strict';
// The environment of the service benchmarks: a PostgreSQL server (BENCH_DATABASE_URL, a superuser URL, or an
// embedded one in a temporary directory), a database of the run's own, the built API (apps/api/dist) started as
// its own process on it, a roster seeded from the records file, and an integrator key. Everything is removed again.
// BENCH_API_LOG=1 passes the API's log through (each ingest logs its streaming and merge times);
// BENCH_API_CPUS=1 pins the API process to those CPUs (taskset), BENCH_API_NODE_ARGS='--cpu-prof …' adds Node options.
//
// Needs the build: `npx tsc -b` (npm run bench:service does it).

const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { setTimeout } = require('node:timers');
const { URL } = require('node:url');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '../../..');
const API_MAIN = path.join(ROOT, 'apps/api/dist/main.js');
const EMBEDDED = path.join(ROOT, 'apps/api/dist/database/embedded-postgres.js');

function requireBuild() {
  for (const file of [API_MAIN, EMBEDDED]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npx tsc -b\` first`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(adminUrl, sql) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A server and a fresh database on it: { url, adminUrl, stop() }. */
async function startDatabase(log) {
  requireBuild();
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let embedded = null;
  let directory = null;
  if (!adminUrl) {
    const { startEmbeddedPostgres } = require(EMBEDDED);
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'yardstick-bench-pg-'));
    fs.chmodSync(directory, 0o755); // the server runs as the OS user postgres when we are root
    embedded = await startEmbeddedPostgres({ databaseDir: path.join(directory, 'data') });
    adminUrl = embedded.adminUrl;
    log(`embedded PostgreSQL on port ${embedded.port} (set BENCH_DATABASE_URL to use another server)`);
  }
  const name = `ys_bench_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  return {
    url: withDatabase(adminUrl, name),
    adminUrl,
    async stop() {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      if (embedded) await embedded.stop().catch(() => undefined);
      if (directory) fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The built API as a child process on `databaseUrl` (migrations run at its start): { url, pid, peakRssMb(), stop() }. */
async function startApi(databaseUrl) {
  const port = await freePort();
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const cpus = process.env.BENCH_API_CPUS;
  const command = cpus ? ['taskset', ['-c', cpus, process.execPath, ...nodeArgs, API_MAIN]] : [process.execPath, [...nodeArgs, API_MAIN]];
  const child = spawn(command[0], command[1], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'off', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  try {
    await new Promise((resolve, reject) => {
      const lines = readline.createInterface({ input: child.stdout });
      lines.on('line', (line) => {
        output.push(line);
        if (line.includes('Yardstick GraphQL API:')) resolve();
      });
      child.stderr.on('data', (data) => output.push(String(data)));
      child.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening:\n${output.join('\n')}`)));
      setTimeout(() => reject(new Error(`the API did not start within 60 s:\n${output.join('\n')}`)), 60_000).unref();
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  child.removeAllListeners('exit');
  // keep draining its output so the child never blocks on a full pipe; BENCH_API_LOG=1 shows it
  const show = process.env.BENCH_API_LOG ? (data) => process.stderr.write(data) : () => undefined;
  child.stdout.on('data', show);
  child.stderr.on('data', show);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    /** the process's peak resident memory so far (Linux), or NaN */
    peakRssMb() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
        return kb / 1024;
      } catch {
        return NaN;
      }
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

/** Teams and agents of the generated records (agent → its team, as the file has it) and an API key; returns the key. */
async function seedRoster(databaseUrl, recordsFile) {
  const teamOf = new Map();
  const lines = readline.createInterface({ input: fs.createReadStream(recordsFile), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) { header = false; continue; }
    const first = line.indexOf(',');
    const second = line.indexOf(',', first + 1);
    const third = line.indexOf(',', second + 1);
    const agent = line.slice(first + 1, second);
    if (!teamOf.has(agent)) teamOf.set(agent, line.slice(second + 1, third));
  }
  const teams = [...new Set(teamOf.values())].sort();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('INSERT INTO teams (name) SELECT unnest($1::text[])', [teams]);
    await client.query(`INSERT INTO agents (external_id, name, team_id)
      SELECT a.agent, a.agent, t.id FROM unnest($1::text[], $2::text[]) AS a(agent, team) JOIN teams t ON t.name = a.team`,
    [[...teamOf.keys()], [...teamOf.values()]]);
    const key = `ysk_bench-${crypto.randomBytes(16).toString('hex')}`;
    await client.query("INSERT INTO api_keys (name, key_hash, key_prefix, scopes) VALUES ('bench', $1, $2, ARRAY['ingest', 'read'])",
      [crypto.createHash('sha256').update(key).digest('hex'), key.slice(0, 8)]);
    return { apiKey: key, agents: teamOf.size, teams: teams.length };
  } finally {
    await client.end();
  }
}

module.exports = { ROOT, startDatabase, startApi, seedRoster, freePort };
