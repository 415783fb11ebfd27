'use strict';
// Where does `yardstick score` spend its time? Runs the CLI over the benchmark's records under `node --cpu-prof`
// and prints the functions with the most self time, and the time per source file.
//
//   node tests/bench/profile-score.js [--top 25] [--records FILE]

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ensureRecords } = require('./generate-records');

const ROOT = path.resolve(__dirname, '../..');
const OUT_DIR = path.join(__dirname, '.work/profiles');

function option(argv, name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
}

/** Self time per call frame, summed over a .cpuprofile's samples. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) || 0) + (deltas[i + 1] ?? 0)));
  const frames = new Map();
  for (const [id, us] of hits) {
    const f = byId.get(id).callFrame;
    const file = f.url ? path.relative(ROOT, f.url.replace(/^file:\/\//, '')) : '(native)';
    const key = `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
    const entry = frames.get(key) || { key, file, us: 0 };
    entry.us += us;
    frames.set(key, entry);
  }
  return [...frames.values()];
}

function main() {
  const argv = process.argv.slice(2);
  const top = Number(option(argv, '--top', '25'));
  const csv = option(argv, '--records', null) || ensureRecords();
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const cli = path.join(ROOT, 'apps/cli/bin/yardstick.js');
  const args = ['--cpu-prof', '--cpu-prof-dir', OUT_DIR, cli, 'score', path.join(__dirname, 'bench.kpi'),
    '--data', csv, '--period', '2021-01', '--json'];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`the CLI exited with ${run.status}`);
  const file = fs.readdirSync(OUT_DIR).find((f) => f.endsWith('.cpuprofile'));
  const frames = selfTimes(JSON.parse(fs.readFileSync(path.join(OUT_DIR, file), 'utf8')));
  const total = frames.reduce((sum, f) => sum + f.us, 0);
  const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms`;
  console.log(`profile: ${path.relative(ROOT, path.join(OUT_DIR, file))}, ${(total / 1000).toFixed(0)} ms sampled\n`);
  console.log('self time by function:');
  for (const f of frames.sort((a, b) => b.us - a.us).slice(0, top)) console.log(`  ${pct(f.us)}  ${f.key}`);
  const byFile = new Map();
  for (const f of frames) byFile.set(f.file, (byFile.get(f.file) || 0) + f.us);
  console.log('\nself time by file:');
  for (const [name, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${name}`);
}

main();
