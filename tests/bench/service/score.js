'use strict';
/* global fetch, setTimeout */
// Scoring speed of the service over PostgreSQL, on the records of the ingest benchmark (one million interaction
// records, 10,000 agents in 200 teams, January 2021: tests/bench/generate-records.js) and tests/bench/bench.kpi:
//
//   1. scoring all agents for the month through the API — `scores` over HTTP with no stored scores, so the service
//      resolves the version and profiles, runs its ONE generated aggregate query, finishes the rows with the engine
//      and stores the snapshots — against ONE hand-written SQL query computing the same figures (every agent's,
//      team's and the organisation's metrics, the agents' kpis, scores and ranks). Target: ≤ 1.3×.
//      The generated query alone is timed too, to show where the service's time goes.
//   2. the p50/p99 latency of a `scores` query for one team of about 50 agents, read from the stored snapshots over
//      real HTTP with an API key. Target: p99 < 20 ms.
// The service's scores are compared with the hand-written query's (equal to 12 significant digits).
//
//   npx tsc -b && node tests/bench/service/score.js [--rounds 3] [--records 1000000] [--requests 1000]
//   BENCH_DATABASE_URL=postgres://postgres:…@127.0.0.1:5432/postgres node tests/bench/service/score.js

const fs = require('node:fs');
const path = require('node:path');
const { pipeline } = require('node:stream/promises');
const { Client } = require('pg');
const { from: copyFrom } = require('pg-copy-streams');
const { ensureRecords } = require('../generate-records');
const { median, nowMs, quantile, rate, same12, table } = require('../lib/stats');
const { ROOT, startApi, startDatabase, seedRoster } = require('./service-env');
const { HAND_WRITTEN_SQL } = require('./score-sql');

const SCORECARD = fs.readFileSync(path.join(__dirname, '../bench.kpi'), 'utf8');
const MONTH = { from: '2021-01-01', to: '2021-01-31' };

async function withClient(url, work) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The generated records into `interactions` with COPY (agents by external id), then the planner's statistics. */
async function loadRecords(url, file) {
  return withClient(url, async (client) => {
    await client.query(`CREATE TEMP TABLE bench_load (external_id text, agent text, team text, occurred_at timestamp,
      channel text, priority text, customer text, answered boolean, wait_seconds integer, first_response_seconds integer,
      talk_seconds integer, hold_seconds integer, wrap_seconds integer, handle_seconds integer, resolved boolean,
      first_contact_resolved boolean, transferred boolean, rating integer)`);
    await pipeline(fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
      client.query(copyFrom('COPY bench_load FROM STDIN (FORMAT csv, HEADER true)')));
    const columns = ['channel', 'priority', 'customer', 'answered', 'wait_seconds', 'first_response_seconds', 'talk_seconds',
      'hold_seconds', 'wrap_seconds', 'handle_seconds', 'resolved', 'first_contact_resolved', 'transferred', 'rating'];
    const inserted = await client.query(`INSERT INTO interactions (source, external_id, agent_id, team_id, occurred_at, ${columns.join(', ')})
      SELECT 'bench', l.external_id, a.id, a.team_id, l.occurred_at AT TIME ZONE 'UTC', ${columns.map((c) => `l.${c}`).join(', ')}
        FROM bench_load l JOIN agents a ON a.external_id = l.agent`);
    await client.query('VACUUM ANALYZE interactions');
    return inserted.rowCount;
  });
}

/** bench.kpi as a published scorecard, effective from the month scored. */
async function publishScorecard(url) {
  await withClient(url, async (client) => {
    const { rows } = await client.query("INSERT INTO scorecards (key, label) VALUES ('bench', 'Benchmark frontline') RETURNING id");
    await client.query(`INSERT INTO scorecard_versions (scorecard_id, version, status, source, published_at, effective_from)
      VALUES ($1, 1, 'published', $2, now(), '2021-01-01')`, [rows[0].id, SCORECARD]);
  });
}

async function gql(api, apiKey, query, variables = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

const ALL_SCORES = `query ($first: Int, $after: String) { scores(scorecard: "bench", period: { month: "2021-01" }, first: $first, after: $after) {
  totalCount computedAt pageInfo { hasNextPage endCursor } edges { node { agent { externalId } score rank } } } }`;
const TEAM_SCORES = `query ($team: ID!) { scores(scorecard: "bench", period: { month: "2021-01" }, team: $team, first: 50) {
  totalCount computedAt edges { node { agent { id name team { id name } } score rank teamRank eligible profile
    kpis { key label value weight } metrics { key value unit } targets { metric target actual met gap } } } } }`;

/** Scores of every agent read from the stored snapshots, a page of 1,000 at a time. */
async function allScores(api, apiKey) {
  const scores = new Map();
  let after = null;
  do {
    const { scores: page } = await gql(api, apiKey, ALL_SCORES, { first: 1000, after });
    for (const { node } of page.edges) scores.set(node.agent.externalId, node.score);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return scores;
}

/**
 * One full scoring through the API: stored scores marked stale first, so the request computes them. The service
 * answers as soon as they are computed and stores them right after; the time until they are stored is measured
 * too (and awaited, so rounds do not overlap).
 */
async function serviceScoring(url, api, apiKey) {
  return withClient(url, async (client) => {
    await client.query('UPDATE snapshot_runs SET stale = true');
    const started = nowMs();
    const data = await gql(api, apiKey, ALL_SCORES, { first: 1 });
    const ms = nowMs() - started;
    for (;;) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM score_snapshots
        WHERE subject_kind = 'organisation' AND to_char(computed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') = $1`, [data.scores.computedAt]);
      if (rows[0].n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { ms, storedMs: nowMs() - started };
  });
}

/** The generated aggregate query by itself, built by the same code the service runs (the built packages). */
function generatedQuery() {
  const dsl = require(path.join(ROOT, 'dsl/dist'));
  const engine = require(path.join(ROOT, 'libs/engine/dist'));
  const { interactionsTable } = require(path.join(ROOT, 'apps/api/dist/modules/scoring/score-table'));
  const sc = dsl.compile(SCORECARD).value.scorecards[0];
  const segments = engine.planSegments(sc, MONTH).map((s) => ({ from: s.from, to: s.to }));
  const result = dsl.compileAggregatesSql({ checked: dsl.check(SCORECARD).value, scorecard: sc, table: interactionsTable(false), timeZone: 'UTC', segments });
  if (!result.ok) throw new Error(`bench.kpi does not compile to SQL: ${JSON.stringify(result.unsupported)}`);
  return result.query;
}

async function timed(url, text, values) {
  return withClient(url, async (client) => {
    const started = nowMs();
    const { rows } = await client.query(text, values);
    return { ms: nowMs() - started, rows };
  });
}

/** The team whose size is closest to 50 agents. */
async function teamOfFifty(url) {
  return withClient(url, async (client) => (await client.query(
    'SELECT team_id AS id, count(*)::int AS agents FROM agents GROUP BY team_id ORDER BY abs(count(*) - 50), team_id LIMIT 1')).rows[0]);
}

/** CPU time (user + system) a process has used so far, in ms (Linux; NaN elsewhere). */
function cpuMsOf(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

async function latency(api, apiKey, team, requests) {
  for (let i = 0; i < 50; i++) await gql(api, apiKey, TEAM_SCORES, { team: String(team.id) });
  const cpuBefore = cpuMsOf(api.pid);
  const times = [];
  for (let i = 0; i < requests; i++) {
    const started = nowMs();
    const data = await gql(api, apiKey, TEAM_SCORES, { team: String(team.id) });
    times.push(nowMs() - started);
    if (data.scores.edges.length !== team.agents) throw new Error(`team ${team.id}: ${data.scores.edges.length} scores for ${team.agents} agents`);
  }
  const cpuPerRequest = (cpuMsOf(api.pid) - cpuBefore) / requests;
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: Math.max(...times), cpuPerRequest };
}

function compareScores(service, hand) {
  const differ = [];
  for (const [agent, score] of hand) if (!same12(service.get(agent) ?? null, score)) differ.push(`${agent}: service ${service.get(agent)} vs SQL ${score}`);
  if (service.size !== hand.size) differ.push(`${service.size} agents scored by the service, ${hand.size} by the SQL`);
  return differ;
}

/**
 * A database of its own with the generated records (`o.records`) loaded and bench.kpi published, the built API
 * on it: `work({ db, api, roster, loaded })`, then everything stopped and removed.
 */
async function withLoadedService(o, work) {
  const file = ensureRecords({ records: o.records });
  const db = await startDatabase(o.log);
  let api;
  try {
    api = await startApi(db.url);
    const roster = await seedRoster(db.url, file);
    const loadStarted = nowMs();
    const loaded = await loadRecords(db.url, file);
    o.log(`loaded ${loaded} records for ${roster.agents} agents in ${roster.teams} teams (COPY + insert, ${((nowMs() - loadStarted) / 1000).toFixed(1)} s)`);
    await publishScorecard(db.url);
    return await work({ db, api, roster, loaded });
  } finally {
    await api?.stop();
    await db.stop();
  }
}

async function runScoreBench(options = {}) {
  const o = { rounds: 3, records: 1_000_000, requests: 1000, log: (line) => process.stderr.write(`${line}\n`), ...options };
  return withLoadedService(o, async ({ db, api, roster, loaded }) => {
    const generated = generatedQuery();
    const hand = [];
    const sql = [];
    const service = [];
    for (let round = 1; round <= o.rounds; round++) {
      hand.push(await timed(db.url, HAND_WRITTEN_SQL, [MONTH.from, '2021-02-01']));
      sql.push(await timed(db.url, generated.text, [...generated.values]));
      service.push(await serviceScoring(db.url, api, roster.apiKey));
      o.log(`round ${round}: hand-written SQL ${hand[round - 1].ms.toFixed(0)} ms, generated SQL ${sql[round - 1].ms.toFixed(0)} ms, `
        + `service ${service[round - 1].ms.toFixed(0)} ms (stored after ${service[round - 1].storedMs.toFixed(0)} ms)`);
    }
    const handScores = new Map(hand[0].rows.filter((r) => r.agent !== null).map((r) => [r.agent, r.score === null ? null : Number(r.score)]));
    const mismatches = compareScores(await allScores(api, roster.apiKey), handScores);
    const team = await teamOfFifty(db.url);
    const lat = await latency(api, roster.apiKey, team, o.requests);
    return {
      records: loaded, agents: roster.agents, teams: roster.teams,
      handMs: median(hand.map((r) => r.ms)), sqlMs: median(sql.map((r) => r.ms)), serviceMs: median(service.map((r) => r.ms)),
      storedMs: median(service.map((r) => r.storedMs)),
      mismatches, team, latency: lat, requests: o.requests, peakRssMb: api.peakRssMb(),
    };
  });
}

function scoreRows(r) {
  const ratio = r.serviceMs / r.handMs;
  return [
    [`score: one hand-written SQL query (${r.agents} agents, ${rate(r.records)} records)`, `${r.handMs.toFixed(0)} ms`, '(baseline)', ''],
    ['score: the generated aggregate query alone (info)', `${r.sqlMs.toFixed(0)} ms`, '', `${(r.sqlMs / r.handMs).toFixed(2)}×`],
    ['score: all agents through the API (query + engine, answered)', `${r.serviceMs.toFixed(0)} ms`, '', ''],
    ['score: … and their snapshots stored (info)', `${r.storedMs.toFixed(0)} ms`, '', `${(r.storedMs / r.handMs).toFixed(2)}×`],
    ['score: API / hand-written SQL', `${ratio.toFixed(2)}×`, '≤ 1.3×', ratio <= 1.3 ? 'PASS' : 'FAIL'],
    ['score: agents whose score differs from the SQL', `${r.mismatches.length}`, '0', r.mismatches.length === 0 ? 'PASS' : 'FAIL'],
    [`score: one team (${r.team.agents} agents) from snapshots, p50 (${r.requests} requests)`, `${r.latency.p50.toFixed(1)} ms`, '', ''],
    ['score: one team from snapshots, p99', `${r.latency.p99.toFixed(1)} ms`, '< 20 ms', r.latency.p99 < 20 ? 'PASS' : 'FAIL'],
    ['score: API process CPU per team request (info)', `${r.latency.cpuPerRequest.toFixed(1)} ms`, '', ''],
    ['score: API process peak memory (info)', `${r.peakRssMb.toFixed(0)} MB`, '', ''],
  ];
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['rounds', 'records', 'requests'].includes(key) || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}`);
    options[key] = Number(argv[i + 1]);
  }
  return options;
}

module.exports = { runScoreBench, scoreRows, withLoadedService, serviceScoring, teamOfFifty, cpuMsOf, gql, TEAM_SCORES };

if (require.main === module) {
  runScoreBench(parseArgs(process.argv.slice(2))).then((result) => {
    for (const line of result.mismatches.slice(0, 5)) process.stderr.write(`mismatch: ${line}\n`);
    process.stdout.write(`\n${table(scoreRows(result), ['figure', 'measured', 'target', ''])}\n`);
  }, (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}
