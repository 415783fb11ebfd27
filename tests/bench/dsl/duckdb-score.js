'use strict';
// The baseline of the scoring benchmark: DuckDB computes the metrics, kpis and scores of tests/bench/bench.kpi
// from the same CSV in SQL. Written by hand from the scorecard and the language's rules:
// - aggregates skip nulls, a condition that is null counts as false (FILTER (WHERE …) does both);
// - division by zero gives null (NULLIF), a tier on null gives null (the CASE's first arm);
// - clamp of null is null (DuckDB's least/greatest would skip the null, hence the CASE);
// - `missing renormalize`: Σ weight × kpi over the non-null kpis, divided by the sum of their weights;
// - `eligible when handled >= 20`: otherwise the score is null;
// - comparisons treat numbers that agree to 12 significant digits as equal (spec §5): a percentile of
//   40.000000000000014 s is `<= 40s`. The ge12/le12 macros do that for tier thresholds; comparisons of
//   whole-number record fields (`rating >= 4`) are exact either way and stay plain.
// Its wall time includes loading DuckDB, starting an in-memory instance and reading the CSV, as the CLI's does.

const { nowMs } = require('../lib/stats');

const CSV_COLUMNS = {
  external_id: 'VARCHAR', agent: 'VARCHAR', team: 'VARCHAR', occurred_at: 'TIMESTAMP', channel: 'VARCHAR',
  priority: 'VARCHAR', customer: 'VARCHAR', answered: 'BOOLEAN', wait_seconds: 'INTEGER',
  first_response_seconds: 'INTEGER', talk_seconds: 'INTEGER', hold_seconds: 'INTEGER', wrap_seconds: 'INTEGER',
  handle_seconds: 'INTEGER', resolved: 'BOOLEAN', first_contact_resolved: 'BOOLEAN', transferred: 'BOOLEAN',
  rating: 'INTEGER',
};

/** kpi → weight of the default profile, as in bench.kpi */
const WEIGHTS = {
  csat_score: 0.25, fcr_score: 0.2, aht_score: 0.15, resp_score: 0.1, wait_score: 0.1, transfer_score: 0.1,
  answer_score: 0.1,
};

// printf('%.11e') is JavaScript's toPrecision(12) in scientific form; the distance test only keeps it off
// the common path
const MACROS_SQL = `
  CREATE TEMP MACRO eq12(a, b) AS a = b
    OR (abs(a - b) <= greatest(abs(a), abs(b)) * 1e-10 AND printf('%.11e', a::DOUBLE) = printf('%.11e', b::DOUBLE));
  CREATE TEMP MACRO ge12(a, b) AS a >= b OR eq12(a, b);
  CREATE TEMP MACRO le12(a, b) AS a <= b OR eq12(a, b);`;

const sqlString = (s) => `'${String(s).replace(/'/g, "''")}'`;

function metricsSql(csvPath, period) {
  const columns = Object.entries(CSV_COLUMNS).map(([k, t]) => `${sqlString(k)}: ${sqlString(t)}`).join(', ');
  return `
  records AS (
    SELECT * FROM read_csv(${sqlString(csvPath)}, header = true, auto_detect = false, columns = {${columns}})
    WHERE occurred_at >= TIMESTAMP ${sqlString(period.from)} AND occurred_at < TIMESTAMP ${sqlString(period.toExclusive)}
  ),
  metrics AS (
    SELECT agent,
      count(*) AS handled,
      count(*) FILTER (WHERE answered) / NULLIF(count(*), 0) AS answered_rate,
      count(*) FILTER (WHERE rating >= 4) / NULLIF(count(*) FILTER (WHERE rating IS NOT NULL), 0) AS csat,
      count(*) FILTER (WHERE first_contact_resolved) / NULLIF(count(*) FILTER (WHERE resolved), 0) AS fcr,
      avg(handle_seconds) AS aht,
      count(*) FILTER (WHERE first_response_seconds <= 30)
        / NULLIF(count(*) FILTER (WHERE first_response_seconds IS NOT NULL), 0) AS resp_30s,
      quantile_cont(wait_seconds, 0.9) FILTER (WHERE channel = 'phone') AS wait_p90,
      count(*) FILTER (WHERE transferred AND answered) / NULLIF(count(*) FILTER (WHERE answered), 0) AS transfer_rate
    FROM records GROUP BY agent
  )`;
}

const KPIS_SQL = `
  kpis AS (
    SELECT agent, handled,
      CASE WHEN csat IS NULL THEN NULL WHEN ge12(csat, 0.95) THEN 100 WHEN ge12(csat, 0.9) THEN 80
           WHEN ge12(csat, 0.8) THEN 60 ELSE 0 END AS csat_score,
      fcr * 100 AS fcr_score,
      CASE WHEN aht IS NULL THEN NULL ELSE least(greatest(100 - (aht - 300) / 3, 0), 100) END AS aht_score,
      resp_30s * 100 AS resp_score,
      CASE WHEN wait_p90 IS NULL THEN NULL WHEN le12(wait_p90, 20) THEN 100 WHEN le12(wait_p90, 40) THEN 70
           ELSE 40 END AS wait_score,
      CASE WHEN transfer_rate IS NULL THEN NULL WHEN le12(transfer_rate, 0.05) THEN 100
           WHEN le12(transfer_rate, 0.08) THEN 70 ELSE 30 END AS transfer_score,
      answered_rate * 100 AS answer_score
    FROM metrics
  )`;

function scoreSql() {
  const kpis = Object.entries(WEIGHTS);
  const weighted = kpis.map(([k, w]) => `coalesce(${w} * ${k}, 0)`).join(' + ');
  const present = kpis.map(([k, w]) => `CASE WHEN ${k} IS NULL THEN 0 ELSE ${w} END`).join(' + ');
  return `
  SELECT agent, CASE WHEN handled >= 20 THEN (${weighted}) / NULLIF(${present}, 0) END AS score
  FROM kpis ORDER BY agent`;
}

/** The whole query: metrics → kpis → renormalised, eligible scores, one row per agent. */
function benchScoreSql(csvPath, period) {
  return `WITH ${metricsSql(csvPath, period)},${KPIS_SQL}${scoreSql()}`;
}

/**
 * Scores the CSV with DuckDB in this process. `period` is `{ from: '2021-01-01', toExclusive: '2021-02-01' }`.
 * Returns the wall and CPU time from loading the library to the materialised rows, and agent → score.
 */
async function scoreWithDuckDb(csvPath, period) {
  const started = nowMs();
  const cpu = process.cpuUsage();
  const { DuckDBInstance } = require('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(MACROS_SQL);
  const ready = nowMs();
  const reader = await connection.runAndReadAll(benchScoreSql(csvPath, period));
  const rows = reader.getRowObjectsJS();
  const ms = nowMs() - started;
  const used = process.cpuUsage(cpu);
  const scores = new Map(rows.map((r) => [r.agent, r.score === null ? null : Number(r.score)]));
  connection.closeSync();
  instance.closeSync();
  // cpu: of every thread of this process, so DuckDB's worker threads count too
  return { ms, cpuMs: (used.user + used.system) / 1000, startupMs: ready - started, scores };
}

module.exports = { scoreWithDuckDb, benchScoreSql, MACROS_SQL, WEIGHTS };

if (require.main === module) {
  const file = process.argv[2];
  scoreWithDuckDb(file, { from: '2021-01-01', toExclusive: '2021-02-01' }).then((r) => {
    const sample = [...r.scores].slice(0, 5);
    console.log(`${r.scores.size} agents in ${r.ms.toFixed(0)} ms (startup ${r.startupMs.toFixed(0)} ms)`, sample);
  });
}
