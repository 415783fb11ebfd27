'use strict';
// Benchmark 2: `yardstick score` as a whole process over one million generated records, beside DuckDB computing
// the same scores from the same file. Both start from the CSV on disk; the CLI's wall time includes Node's own
// start-up, DuckDB's includes loading the library and its in-memory instance.

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { setInterval, clearInterval } = require('node:timers');
const { Buffer } = require('node:buffer');
const { ensureRecords } = require('../generate-records');
const { scoreWithDuckDb } = require('./duckdb-score');
const { median, same12, nowMs, rate, table } = require('../lib/stats');

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'apps/cli/bin/yardstick.js');
const SCORECARD = path.join(__dirname, '../bench.kpi');
const PERIOD = { arg: '2021-01', from: '2021-01-01', toExclusive: '2021-02-01' };
const RUNS = 3;
const TIME_BIN = process.env.BENCH_TIME_BIN ?? '/usr/bin/time';

/** Peak resident memory of a child: from GNU time's report, else by polling /proc (VmHWM is the high-water mark). */
function watchPeak(child) {
  let peakKb = 0;
  const poll = () => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // the process has just exited: keep the last reading
    }
  };
  const timer = setInterval(poll, 20);
  return () => {
    clearInterval(timer);
    return peakKb;
  };
}

function runCli(args) {
  const useTime = fs.existsSync(TIME_BIN);
  const [cmd, argv] = useTime ? [TIME_BIN, ['-v', process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const started = nowMs();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const stopWatch = useTime ? () => 0 : watchPeak(child);
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = nowMs() - started;
      const stderr = Buffer.concat(err).toString('utf8');
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const peakKb = m ? Number(m[1]) : stopWatch();
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : NaN;
      resolve({ code, ms, cpuMs, peakMb: peakKb / 1024, stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

/** agent → score from the CLI's JSON report (a ScoreReport, possibly wrapped per scorecard). */
function cliScores(stdout) {
  let report = JSON.parse(stdout);
  if (Array.isArray(report)) report = report[0];
  if (report && !report.results && report.report) report = report.report;
  if (!report || !Array.isArray(report.results)) throw new Error('the CLI printed JSON without `results`');
  return new Map(report.results.map((r) => [r.agent ?? r.subject, r.score ?? null]));
}

function compareScores(ours, duck) {
  const mismatches = [];
  const agents = new Set([...ours.keys(), ...duck.keys()]);
  for (const agent of agents) {
    const a = ours.has(agent) ? ours.get(agent) : 'absent';
    const b = duck.has(agent) ? duck.get(agent) : 'absent';
    if (!same12(a, b)) mismatches.push({ agent, yardstick: a, duckdb: b });
  }
  return { agents: agents.size, mismatches };
}

async function measureCli(csv, log) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await runCli([CLI, 'score', SCORECARD, '--data', csv, '--period', PERIOD.arg, '--json']);
    if (run.code !== 0) {
      log(`  !! yardstick score exited with ${run.code}:\n${run.stderr.split('\n').slice(0, 15).join('\n')}`);
      return { error: `exit code ${run.code}`, stderr: run.stderr };
    }
    runs.push(run);
    // kept for a look when the scores disagree
    fs.writeFileSync(path.join(__dirname, '../.work/cli-score.json'), run.stdout);
    log(`  yardstick score run ${i + 1}: ${run.ms.toFixed(0)} ms (cpu ${run.cpuMs.toFixed(0)} ms), peak ${run.peakMb.toFixed(0)} MB`);
  }
  // the fixed cost of every run: Node's start-up, loading the modules, checking the scorecard
  const startup = await runCli([CLI, 'check', SCORECARD]);
  log(`  (for scale: \`yardstick check bench.kpi\` takes ${startup.ms.toFixed(0)} ms, peak ${startup.peakMb.toFixed(0)} MB)`);
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), peakMb: Math.max(...runs.map((r) => r.peakMb)), last: runs[runs.length - 1] };
}

async function measureDuckDb(csv, log) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await scoreWithDuckDb(csv, PERIOD));
    const r = runs[i];
    log(`  duckdb run ${i + 1}: ${r.ms.toFixed(0)} ms (cpu ${r.cpuMs.toFixed(0)} ms; library + instance ${r.startupMs.toFixed(0)} ms)`);
  }
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), scores: runs[0].scores };
}

function report(records, cli, duck, log) {
  let check = null;
  if (!cli.error) {
    try {
      check = compareScores(cliScores(cli.last.stdout), duck.scores);
    } catch (err) {
      check = { error: err.message };
    }
  }
  if (check && check.error) log(`  !!!! could not read the CLI's scores: ${check.error}`);
  else if (check && check.mismatches.length > 0) {
    log(`  !!!! MISMATCH: ${check.mismatches.length} of ${check.agents} agents score differently, e.g.`);
    for (const m of check.mismatches.slice(0, 5)) log(`  !!!!   ${JSON.stringify(m)}`);
  } else if (check) log(`  scores agree for all ${check.agents} agents (12 significant digits)`);
  const ratio = cli.error ? NaN : cli.ms / duck.ms;
  const rows = [
    ['yardstick score (CLI process)', cli.error ? 'failed' : `${cli.ms.toFixed(0)} ms`, cli.error ? '' : `${cli.cpuMs.toFixed(0)} ms`,
      cli.error ? '' : rate(records / (cli.ms / 1000)), cli.error ? '' : `${cli.peakMb.toFixed(0)} MB`],
    ['DuckDB (same process, SQL)', `${duck.ms.toFixed(0)} ms`, `${duck.cpuMs.toFixed(0)} ms`, rate(records / (duck.ms / 1000)), ''],
  ];
  log(`\n${table(rows, ['2. scoring 1M records', 'wall (median)', 'cpu (median)', 'records/s', 'peak RSS'])}`);
  return { records, cli, duck: { ms: duck.ms, cpuMs: duck.cpuMs }, ratio, cpuRatio: cli.error ? NaN : cli.cpuMs / duck.cpuMs, check };
}

async function runScoreBench(log = console.log) {
  log('\n== 2. yardstick score over one million records vs DuckDB ==');
  const started = nowMs();
  const csv = ensureRecords({ records: 1_000_000, agents: 10_000, teams: 200, seed: 7 });
  const records = 1_000_000;
  log(`  records: ${path.relative(ROOT, csv)} (${(fs.statSync(csv).size / 1e6).toFixed(0)} MB, ready in ${(nowMs() - started).toFixed(0)} ms)`);
  const cli = await measureCli(csv, log);
  const duck = await measureDuckDb(csv, log);
  return report(records, cli, duck, log);
}

module.exports = { runScoreBench, runCli, cliScores, compareScores };

if (require.main === module) runScoreBench();
