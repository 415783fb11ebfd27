'use strict';
// `npm run bench:editor` (or `node tests/bench/editor/run.js`): how long the console's formula editor works after
// each keystroke on a 50-metric, 50-kpi scorecard, against the 16 ms frame budget. It runs the editor's own code
// from source, exactly what the browser runs per change:
//   - lint      `lintSource` (apps/admin/src/editor/lint-mapping.ts): the language's `check` of the whole text
//               plus the mapping of its diagnostics to CodeMirror's (what the linter calls, 150 ms after typing
//               stops; timed here on every keystroke, the worst case);
//   - highlight `highlightRanges`: the language's lexer tokens as CodeMirror marks (every change);
//   - complete  `completionAt` (apps/admin/src/editor/completion-items.ts): the language's `completionRange`,
//               and its `completions` when CodeMirror asks — at the first letter of a word or after `agent.`;
//               while the word grows CodeMirror filters that answer itself (`validFor`), as modelled here.
// Keystrokes type a new kpi into the middle of the scorecard and then a weight change, so most intermediate texts
// are incomplete (unknown names, missing operands): the checker's error paths are timed, not only the happy one.
//
//   node tests/bench/editor/run.js [--keystrokes 400] [--n 50]

require('./ts-register');
const os = require('node:os');
const { makeLargeScorecard } = require('../dsl/compile-bench');
const { quantile, median, nowMs, table } = require('../lib/stats');

const FRAME_MS = 16;
const WARM_UP = 40;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};

const { lintSource } = require('../../../apps/admin/src/editor/lint-mapping.ts');
const { highlightRanges } = require('../../../apps/admin/src/editor/highlight-ranges.ts');
const { completionAt, WORD } = require('../../../apps/admin/src/editor/completion-items.ts');
const dsl = require('@yardstick/dsl');

/** The texts after each keystroke: a kpi typed before the profiles, then a weight retyped. */
function keystrokes(source, count) {
  const typed = '  kpi extra_score "新指标" = clamp(m1 * 100 + m4 / 2s, 0, 100)\n';
  const at = source.indexOf('  profile normal');
  const texts = [];
  let text = source;
  let cursor = at;
  for (const ch of typed) {
    text = text.slice(0, cursor) + ch + text.slice(cursor);
    cursor += 1;
    texts.push({ text, cursor });
  }
  // then: delete a weight's value and type it again, as a table-less edit would
  const weight = text.indexOf('k0: 2%') + 'k0: '.length;
  for (let i = 0; i < 2; i++) {
    text = text.slice(0, weight) + text.slice(weight + 1);
    texts.push({ text, cursor: weight });
  }
  for (const [i, ch] of [...'2%'].entries()) {
    text = text.slice(0, weight + i) + ch + text.slice(weight + i);
    texts.push({ text, cursor: weight + i + 1 });
  }
  const out = [];
  while (out.length < count) out.push(...texts);
  return out.slice(0, count);
}

/** The editor's completion per keystroke: ask the language unless the open answer still covers the word typed. */
function completer() {
  let open = null;
  return ({ text, cursor }) => {
    if (open && cursor >= open.from && WORD.test(text.slice(open.from, cursor))) return open;
    open = completionAt(text, cursor, false, 'en');
    return open;
  };
}

/** CPU milliseconds of `fn()` (time descheduled on a shared machine is not the editor's) and wall milliseconds. */
function timed(fn) {
  const wall = nowMs();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: nowMs() - wall };
}

function run() {
  const n = option('n', 50);
  const count = option('keystrokes', 400);
  const source = makeLargeScorecard(n);
  const clean = dsl.check(source).diagnostics.filter((d) => d.severity === 'error');
  if (clean.length > 0) throw new Error(`the generated scorecard has errors: ${clean.map((d) => d.code).join(', ')}`);
  const strokes = keystrokes(source, WARM_UP + count);
  const stages = {
    'check alone (baseline)': ({ text }) => dsl.check(text),
    'lint = check + mapping': ({ text }) => lintSource(text, 'en'),
    highlight: ({ text }) => highlightRanges(text),
    complete: completer(),
  };
  const times = Object.fromEntries(Object.keys(stages).map((name) => [name, { cpu: [], wall: [] }]));
  const typing = { cpu: [], wall: [] };
  const worst = { cpu: [], wall: [] };
  let problems = 0;
  strokes.forEach((stroke, i) => {
    const t = Object.fromEntries(Object.entries(stages).map(([name, fn]) => [name, timed(() => fn(stroke))]));
    if (i < WARM_UP) return;
    for (const name of Object.keys(stages)) {
      times[name].cpu.push(t[name].cpu);
      times[name].wall.push(t[name].wall);
    }
    for (const kind of ['cpu', 'wall']) {
      typing[kind].push(t.highlight[kind] + t.complete[kind]);
      worst[kind].push(t.highlight[kind] + t.complete[kind] + t['lint = check + mapping'][kind]);
    }
    problems += lintSource(stroke.text, 'en').length > 0 ? 1 : 0;
  });
  report(source, count, times, { typing, worst }, problems);
}

function report(source, count, times, sums, problems) {
  const ms = (x) => `${x.toFixed(2)} ms`;
  const both = (v) => [ms(median(v.cpu)), ms(quantile(v.cpu, 0.99)), ms(median(v.wall)), ms(quantile(v.wall, 0.99))];
  const rows = Object.entries(times).map(([name, t]) => [name, ...both(t)]);
  rows.push(['typing keystroke = highlight + complete', ...both(sums.typing)]);
  rows.push(['worst frame = lint + highlight + complete', ...both(sums.worst)]);
  const load = os.loadavg()[0];
  console.log(`== Editor re-check per keystroke: ${source.split('\n').length}-line scorecard (50 metrics, 50 kpis, 3 profiles), ${source.length} characters ==`);
  console.log(`   ${count} keystrokes after ${WARM_UP} warm-up; ${problems} of them leave the text with diagnostics (typing in progress)`);
  if (load > os.cpus().length * 0.75) console.log(`   note: load average ${load.toFixed(1)} on ${os.cpus().length} cores: other work shares the machine (cpu time is the fair figure)`);
  console.log(`\n${table(rows, ['stage (cpu time)', 'median', 'p99', 'wall median', 'wall p99'])}\n`);
  const lint = times['lint = check + mapping'];
  const base = times['check alone (baseline)'];
  const verdict = (x) => (x <= FRAME_MS ? 'PASS' : 'FAIL');
  const figure = (name, values, q) => {
    const x = quantile(values, q);
    return [name, ms(x), `≤ ${FRAME_MS} ms`, verdict(x), `${((x / FRAME_MS) * 100).toFixed(0)}% of a frame`];
  };
  console.log(table([
    figure('re-check (check + lint mapping), median', lint.cpu, 0.5),
    figure('re-check (check + lint mapping), p99', lint.cpu, 0.99),
    figure('typing keystroke (highlight + complete), median', sums.typing.cpu, 0.5),
    figure('typing keystroke (highlight + complete), p99', sums.typing.cpu, 0.99),
    ['lint mapping overhead (lint / check alone, median)', `${(median(lint.cpu) / median(base.cpu)).toFixed(2)}×`, '', '', ''],
    ['worst frame (all three at once; the linter waits 150 ms', ms(quantile(sums.worst.cpu, 0.99)), '(info)', '', 'p99'],
    ['  after the last keystroke, so it rarely shares one)', '', '', '', ''],
  ], ['figure', 'measured', 'target', '', '']));
}

run();
