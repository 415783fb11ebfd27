'use strict';
// `npm run bench:dsl`: the three benchmarks of the language and the scorer, then one summary table with each
// figure against its target. Prints figures only; nothing here fails a build.
//
//   node tests/bench/dsl/run.js [--only 1,2,3]

const os = require('node:os');
const { runExpressionBench } = require('./expression-bench');
const { runScoreBench } = require('./score-bench');
const { runCompileBench } = require('./compile-bench');
const { nowMs, rate, table } = require('../lib/stats');

const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL');
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');

function expressionRows(results) {
  const rows = [];
  for (const r of results) {
    const known = (x) => (Number.isFinite(x) ? x : null);
    const vsHand = known(r.vsHand);
    const vsPeer = known(r.vsPeer);
    const of = (a, b) => (a && b ? ` (${rate(a)} vs ${rate(b)})` : '');
    rows.push([`1. ${r.key}: ours / hand-written JS`, ratio(r.vsHand) + of(r.rates.ours, r.rates.hand), '≥ 0.5×',
      verdict(vsHand === null ? null : vsHand >= 0.5)]);
    rows.push([`1. ${r.key}: ours / fastest peer (${r.fastest})`, ratio(r.vsPeer) + of(r.rates.ours, r.rates.fastest), '≥ 5×',
      verdict(vsPeer === null ? null : vsPeer >= 5)]);
    const bad = r.rows.filter((row) => row.mismatches > 0).map((row) => row.name);
    rows.push([`1. ${r.key}: all evaluators agree`, bad.length ? `differ: ${bad.join(', ')}` : 'yes', 'same results', verdict(bad.length === 0)]);
  }
  return rows;
}

function scoreRows(s) {
  if (s.cli.error) return [['2. yardstick score', `failed (${s.cli.error})`, 'runs', 'FAIL']];
  const perSecond = s.records / (s.cli.ms / 1000);
  const check = s.check;
  const agree = check && !check.error ? check.mismatches.length === 0 : false;
  return [
    ['2. score 1M records: ours / DuckDB wall time', `${ratio(s.ratio)} (${s.cli.ms.toFixed(0)} vs ${s.duck.ms.toFixed(0)} ms)`, '≤ 2×',
      verdict(s.ratio <= 2)],
    ['2. score 1M records: ours / DuckDB CPU time (info)', `${ratio(s.cpuRatio)} (${s.cli.cpuMs.toFixed(0)} vs ${s.duck.cpuMs.toFixed(0)} ms)`, '', ''],
    ['2. score 1M records: records per second', `${rate(perSecond)}/s`, '≈ 1 M/s', verdict(perSecond >= 1e6)],
    ['2. score 1M records: CLI peak memory', `${s.cli.peakMb.toFixed(0)} MB`, '< 300 MB', verdict(s.cli.peakMb < 300)],
    ['2. score 1M records: same scores as DuckDB',
      check && !check.error ? `${check.mismatches.length} of ${check.agents} differ` : `unreadable`, '0 differ', verdict(agree)],
  ];
}

function compileRows(c) {
  if (c.error) return [['3. compile 50-kpi scorecard', c.error, '< 5 ms', 'FAIL']];
  return [
    ['3. compile 50-kpi scorecard: median', `${c.median.toFixed(2)} ms`, '< 5 ms', verdict(c.median < 5)],
    ['3. compile 50-kpi scorecard: p99', `${c.p99.toFixed(2)} ms`, '< 5 ms', verdict(c.p99 < 5)],
  ];
}

function parseOnly(argv) {
  const i = argv.indexOf('--only');
  return new Set(i >= 0 && argv[i + 1] ? argv[i + 1].split(',') : ['1', '2', '3']);
}

async function main() {
  const only = parseOnly(process.argv.slice(2));
  const started = nowMs();
  console.log(`yardstick bench: Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0].model.trim()}), ${os.platform()}`);
  const [load] = os.loadavg();
  if (load > os.cpus().length / 2) {
    console.log(`  note: load average ${load.toFixed(1)} on ${os.cpus().length} cores: other processes compete, figures are noisy`);
  }
  const rows = [];
  const guard = async (label, fn, toRows) => {
    try {
      rows.push(...toRows(await fn()));
    } catch (err) {
      console.log(`\n  !!!! ${label} failed: ${err.stack || err.message}`);
      rows.push([label, `failed: ${err.message.split('\n')[0]}`, '', 'FAIL']);
    }
  };
  if (only.has('1')) await guard('1. expressions', () => runExpressionBench(), expressionRows);
  if (only.has('2')) await guard('2. score', () => runScoreBench(), scoreRows);
  if (only.has('3')) await guard('3. compile', () => runCompileBench(), compileRows);
  console.log(`\n== Summary (${((nowMs() - started) / 1000).toFixed(0)} s) ==\n`);
  console.log(table(rows, ['figure', 'measured', 'target', 'verdict']));
}

main();
