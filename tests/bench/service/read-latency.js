'use strict';
/* global fetch */
// Latency of reading stored scores, the way the console and integrations read them: a `scores` query for one team
// of about 50 agents (the full shape the console asks for: agent, team, score, ranks, kpis, metrics, targets)
// from the stored snapshots, over real HTTP, as
//   1. an integration with a `read` API key, one request after another;
//   2. a supervisor of that team (and one other) with a session token, one after another;
//   3. an agent reading their own score, one after another;
//   4. the API key with several requests in flight at once (--concurrency), the throughput beside it.
// p50, p99 and max wall time per request, and the API process's CPU time per request (Linux /proc). Target of the
// issue: p99 < 20 ms for 1 and 2. The environment is score.js's (a database of its own, the built API as a child
// process, the generated records scored once through the API).
//
//   npx tsc -b && node tests/bench/service/read-latency.js [--records 200000] [--requests 1000] [--concurrency 4]
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres …   (a server of your own instead of an embedded one)
//   BENCH_API_CPUS=1 taskset -c 0 node tests/bench/service/read-latency.js   (API on core 1, this process on core 0)

const crypto = require('node:crypto');
const os = require('node:os');
const { Client } = require('pg');
const { nowMs, quantile, table } = require('../lib/stats');
const { withLoadedService, serviceScoring, teamOfFifty, cpuMsOf, TEAM_SCORES } = require('./score');

async function gqlAs(api, headers, query, variables) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** TEAM_SCORES without the team: what an agent asks for (their own score). */
const OWN_SCORES = TEAM_SCORES.replace('($team: ID!)', '').replace('team: $team, ', '');

/** A supervisor of `teamIds` and an agent user, each with a live session; returns their bearer tokens. */
async function seedUsers(url, teamIds, agentId) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tokens = {};
    for (const [username, role, agent] of [['bench-supervisor', 'supervisor', null], ['bench-agent', 'agent', agentId]]) {
      const { rows } = await client.query(`INSERT INTO users (username, display_name, password_hash, role, agent_id)
        VALUES ($1, $1, 'not-a-password', $2, $3) RETURNING id`, [username, role, agent]);
      if (role === 'supervisor') await client.query('INSERT INTO user_teams (user_id, team_id) SELECT $1, unnest($2::int[])', [rows[0].id, teamIds]);
      const token = crypto.randomBytes(32).toString('base64url');
      await client.query("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')",
        [crypto.createHash('sha256').update(token).digest('hex'), rows[0].id]);
      tokens[role] = token;
    }
    return tokens;
  } finally {
    await client.end();
  }
}

/** `requests` requests in `concurrency` parallel lanes; each answer is checked with `check`. */
async function measure(api, headers, query, variables, requests, concurrency, check) {
  for (let i = 0; i < 50; i++) check(await gqlAs(api, headers, query, variables));
  const times = [];
  const cpuBefore = cpuMsOf(api.pid);
  const started = nowMs();
  let left = requests;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left > 0) {
      left--;
      const t0 = nowMs();
      check(await gqlAs(api, headers, query, variables));
      times.push(nowMs() - t0);
    }
  }));
  const wallS = (nowMs() - started) / 1000;
  return {
    p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: Math.max(...times),
    cpu: (cpuMsOf(api.pid) - cpuBefore) / requests, perSecond: requests / wallS,
  };
}

async function runReadLatency(options = {}) {
  const o = { records: 200_000, requests: 1000, concurrency: 4, log: (line) => process.stderr.write(`${line}\n`), ...options };
  return withLoadedService(o, async ({ db, api, roster }) => {
    await serviceScoring(db.url, api, roster.apiKey);
    const team = await teamOfFifty(db.url);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT (SELECT id FROM teams WHERE id <> $1 ORDER BY id LIMIT 1) AS other, (SELECT id FROM agents WHERE team_id = $1 ORDER BY id LIMIT 1) AS agent', [team.id]);
    await client.end();
    const tokens = await seedUsers(db.url, [team.id, rows[0].other], rows[0].agent);
    const teamPage = (data) => {
      if (data.scores.edges.length !== team.agents) throw new Error(`team ${team.id}: ${data.scores.edges.length} scores for ${team.agents} agents`);
    };
    const ownScore = (data) => {
      if (data.scores.edges.length !== 1 || data.scores.edges[0].node.agent.id !== String(rows[0].agent)) throw new Error('the agent did not get exactly their own score');
    };
    const variables = { team: String(team.id) };
    const results = [];
    const run = async (label, headers, vars, concurrency, check) => {
      const r = await measure(api, headers, vars.team ? TEAM_SCORES : OWN_SCORES, vars, o.requests, concurrency, check);
      o.log(`${label}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms, API CPU ${r.cpu.toFixed(1)} ms/request`);
      results.push({ label, concurrency, ...r });
    };
    await run('API key, sequential', { 'x-api-key': roster.apiKey }, variables, 1, teamPage);
    await run('supervisor session, sequential', { authorization: `Bearer ${tokens.supervisor}` }, variables, 1, teamPage);
    await run('agent session (own score), sequential', { authorization: `Bearer ${tokens.agent}` }, {}, 1, ownScore);
    await run(`API key, ${o.concurrency} in flight`, { 'x-api-key': roster.apiKey }, variables, o.concurrency, teamPage);
    return { team, requests: o.requests, results };
  });
}

function readRows(r) {
  return r.results.map((x) => [
    `${x.label} (${r.team.agents} agents)`, `${x.p50.toFixed(1)} ms`, `${x.p99.toFixed(1)} ms`, `${x.max.toFixed(1)} ms`,
    `${x.cpu.toFixed(1)} ms`, `${x.perSecond.toFixed(0)}/s`, x.label.includes('agent') || x.concurrency > 1 ? '' : (x.p99 < 20 ? 'PASS' : 'FAIL'),
  ]);
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['records', 'requests', 'concurrency'].includes(key) || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}`);
    options[key] = Number(argv[i + 1]);
  }
  return options;
}

module.exports = { runReadLatency, readRows };

if (require.main === module) {
  runReadLatency(parseArgs(process.argv.slice(2))).then((result) => {
    process.stdout.write(`\n${table(readRows(result), ['scores of one team from snapshots', 'p50', 'p99 (< 20 ms)', 'max', 'API CPU', 'requests', ''])}\n`);
    process.stdout.write(`${result.requests} requests each; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  }, (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}
