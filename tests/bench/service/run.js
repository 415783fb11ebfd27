'use strict';
// `npm run bench:service`: the service benchmarks in one run, then one table of figures against their targets.
//   ingest.js  records per second through POST /api/ingest/interactions against a raw COPY of the same file
//   score.js   scoring all agents for the month against one hand-written SQL query; p50/p99 of a team's scores
// Each starts its own PostgreSQL database (embedded, or on BENCH_DATABASE_URL) and its own API process.
//
//   npx tsc -b && node tests/bench/service/run.js [--only ingest,score] [--records 1000000]

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { table } = require('../lib/stats');

const BENCHES = {
  ingest: { file: './ingest.js', run: 'runIngestBench', rows: 'ingestRows' },
  score: { file: './score.js', run: 'runScoreBench', rows: 'scoreRows' },
};

function parseArgs(argv) {
  const options = { only: Object.keys(BENCHES), records: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--only') options.only = String(argv[i + 1] ?? '').split(',').filter(Boolean);
    else if (argv[i] === '--records') options.records = Number(argv[i + 1]);
    else throw new Error(`unknown option ${argv[i]} (use --only ingest,score and --records N)`);
  }
  for (const name of options.only) if (!BENCHES[name]) throw new Error(`unknown benchmark ${name}: ${Object.keys(BENCHES).join(', ')}`);
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const rows = [];
  const started = Date.now();
  for (const name of options.only) {
    const bench = BENCHES[name];
    if (!fs.existsSync(path.join(__dirname, bench.file))) {
      process.stderr.write(`skipping ${name}: ${bench.file} is not there\n`);
      continue;
    }
    const module = require(bench.file);
    process.stderr.write(`\n== ${name}\n`);
    const result = await module[bench.run](options.records === undefined ? {} : { records: options.records });
    rows.push(...module[bench.rows](result));
  }
  const load = os.loadavg()[0];
  process.stdout.write(`\n${table(rows, ['figure', 'measured', 'target', ''])}\n`);
  process.stdout.write(`\n${os.cpus().length} cores, Node ${process.version}, ${((Date.now() - started) / 1000).toFixed(0)} s`
    + `${load > 1 ? `, load average ${load.toFixed(1)} (other work slows these figures)` : ''}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
