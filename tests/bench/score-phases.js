'use strict';
// Where the time of `yardstick score` goes, phase by phase, over the benchmark's million records. Each line
// re-reads the file and does one more stage than the line before, so the differences are the stages' costs.
// It drives the CLI's and the engine's built modules directly (apps/cli/dist, libs/engine/dist): a diagnostic
// for the people tuning them, not a figure with a target. Run `npx tsc -b` first.
//
//   node tests/bench/score-phases.js [--records FILE]

const fs = require('node:fs');
const path = require('node:path');
const { ensureRecords } = require('./generate-records');
const { nowMs, rate, table } = require('./lib/stats');

const ROOT = path.resolve(__dirname, '../..');
const cliModule = (p) => require(path.join(ROOT, 'apps/cli/dist', p));

function compileBench() {
  const dsl = require('@yardstick/dsl');
  const result = dsl.compile(fs.readFileSync(path.join(__dirname, 'bench.kpi'), 'utf8'));
  if (!result.value) throw new Error('bench.kpi does not compile');
  return result.value.scorecards[0];
}

/** Reads the CSV through the CLI's reader; `stage` says how far each row goes. */
async function readThrough(csv, scorecard, stage) {
  const { streamCsvBytes } = cliModule('io/csv-bytes');
  const { byteRowMapper } = cliModule('io/byte-row-mapper');
  const { csvRowMapper } = cliModule('io/record-mapper');
  const { fieldsToRead } = cliModule('scoring/score-run');
  const { timestampReader } = cliModule('scoring/engine-adapter');
  const { Scorer } = require('@yardstick/engine');
  const scorer = new Scorer({ scorecard, period: { from: '2021-01-01', to: '2021-01-31' } });
  const mapping = { fields: fieldsToRead(scorecard), maps: new Map(), readTimestamp: timestampReader('UTC') };
  let mapper;
  let fromBytes;
  let rows = 0;
  // the CLI's reader: plain rows from bytes, papaparse from the first row that is not (none in this file)
  await streamCsvBytes(csv, {
    header(cells) {
      mapper = csvRowMapper(cells, mapping, csv);
      fromBytes = byteRowMapper(mapper);
    },
    bytes(row) {
      rows++;
      if (stage === 'split') return;
      const record = fromBytes(row);
      if (stage === 'add') scorer.add(record);
    },
    row(cells) {
      rows++;
      if (stage === 'split') return;
      const record = mapper.map(cells);
      if (stage === 'add') scorer.add(record);
    },
    malformed() {},
  });
  return { rows, scorer };
}

/** Wall and CPU time: on a shared machine the CPU time is the steadier figure. */
async function phase(name, fn) {
  const started = nowMs();
  const cpu = process.cpuUsage();
  const detail = await fn();
  const used = process.cpuUsage(cpu);
  return { name, ms: nowMs() - started, cpuMs: (used.user + used.system) / 1000, detail };
}

async function main() {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--records');
  const csv = i >= 0 ? path.resolve(argv[i + 1]) : ensureRecords();
  const scorecard = compileBench();
  const phases = [];
  phases.push(await phase('read the file (fs.readFileSync, utf8)', () => fs.readFileSync(csv, 'utf8').length));
  phases.push(await phase('+ split rows into cells (byte reader)', () => readThrough(csv, scorecard, 'split')));
  phases.push(await phase('+ map cells to typed records', () => readThrough(csv, scorecard, 'map')));
  let scored;
  phases.push(await phase('+ scorer.add (aggregates)', async () => (scored = await readThrough(csv, scorecard, 'add'))));
  let report;
  phases.push(await phase('scorer.finish (metrics, kpis, scores, ranks)', () => (report = scored.scorer.finish())));
  const { scoreJson } = cliModule('output/json');
  const summary = { read: scored.rows, rejected: 0, skipped: 0, scored: scored.rows };
  phases.push(await phase('JSON report (scoreJson + stringify)', () => JSON.stringify(scoreJson(report, summary), null, 2).length));
  const rows = phases.map((p, k) => [p.name, `${p.ms.toFixed(0)} ms`, `${p.cpuMs.toFixed(0)} ms`,
    k > 0 && k < 4 ? `${(p.cpuMs - phases[k - 1].cpuMs).toFixed(0)} ms` : '', k < 4 ? `${rate(1e6 / (p.cpuMs / 1000))}/s` : '']);
  console.log(table(rows, ['phase (over 1M records)', 'wall', 'cpu', 'stage alone (cpu)', 'records/cpu-s']));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
