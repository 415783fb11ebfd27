import * as fs from 'node:fs';
import * as path from 'node:path';
import { ScoreReportJsonSchema, type ScoreReportJson } from '@yardstick/contracts';
import { agree12, PWC_CSV, PWC_MAPS, runCli, STACK_LINE, tempDir } from './cli-harness';
import { expectedResults, readPwcCalls, TEST_SCORECARD, type Call, type Expected } from './pwc-reference';

// `yardstick score` and `explain` end to end on the PwC fixture: every agent's metrics, kpis, score and rank
// must equal a plain computation done here, for a month, a month with ineligible agents, a quarter and a range.

const calls: Call[] = readPwcCalls();
const tmp = tempDir('ys-e2e-score-');
const kpi = tmp.write('pwc-test.kpi', TEST_SCORECARD);
afterAll(() => tmp.remove());

const scored = new Map<string, ScoreReportJson>();

/** `score --json` on the PwC fixture; each distinct command runs once. */
function scoreJson(period: string[], extra: string[] = []): ScoreReportJson {
  const key = [...period, ...extra].join(' ');
  const known = scored.get(key);
  if (known) return known;
  const run = runCli(['score', kpi, '--data', PWC_CSV, ...PWC_MAPS, ...period, '--json', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const parsed = ScoreReportJsonSchema.safeParse(JSON.parse(run.stdout));
  if (!parsed.success) throw new Error(`--json output does not fit the contract: ${parsed.error.message}`);
  scored.set(key, parsed.data);
  return parsed.data;
}

function expectAgreement(report: ScoreReportJson, expected: Map<string, Expected>): void {
  expect(report.results.map((r) => r.agent).sort()).toEqual([...expected.keys()].sort());
  const mismatches: string[] = [];
  const check = (who: string, what: string, actual: number | null | undefined, want: number | null): void => {
    if (!agree12(actual, want)) mismatches.push(`${who} ${what}: got ${actual}, expected ${want}`);
  };
  for (const r of report.results) {
    const e = expected.get(r.agent) as Expected;
    for (const [key, want] of Object.entries(e.metrics)) check(r.agent, `metric ${key}`, r.metrics[key], want);
    for (const [key, want] of Object.entries(e.kpis)) check(r.agent, `kpi ${key}`, r.kpis[key], want);
    check(r.agent, 'score', r.score, e.score);
    check(r.agent, 'records', r.records, e.records);
    if (r.rank !== e.rank) mismatches.push(`${r.agent} rank: got ${r.rank}, expected ${e.rank}`);
    if (r.eligible !== e.eligible) mismatches.push(`${r.agent} eligible: got ${r.eligible}, expected ${e.eligible}`);
    const met = Object.fromEntries(r.targets.map((t) => [t.metric, t.met]));
    for (const t of e.targets) if (met[t.metric] !== t.met) mismatches.push(`${r.agent} target ${t.metric}: got ${met[t.metric]}, expected ${t.met}`);
  }
  expect(mismatches).toEqual([]);
}

describe('yardstick score on the PwC calls', () => {
  it.each([
    ['the month 2021-01', ['--period', '2021-01'], '2021-01-01', '2021-01-31'],
    ['the month 2021-02, where Joe and Stewart are not eligible', ['--period', '2021-02'], '2021-02-01', '2021-02-28'],
    ['the quarter 2021-Q1', ['--period', '2021-Q1'], '2021-01-01', '2021-03-31'],
    ['a range of days', ['--from', '2021-03-08', '--to', '2021-03-21'], '2021-03-08', '2021-03-21'],
  ])('matches a plain computation for %s', (_name, period, from, to) => {
    const report = scoreJson(period);
    expect(report.period).toEqual({ from, to });
    expect(report.scorecard).toBe('pwc');
    expect(report.profile).toBe('normal');
    expectAgreement(report, expectedResults(calls, from, to));
  });

  it('leaves ineligible agents unscored and unranked', () => {
    const report = scoreJson(['--period', '2021-02']);
    const unranked = report.results.filter((r) => r.rank === null).map((r) => r.agent).sort();
    expect(unranked).toEqual(['Joe', 'Stewart']);
    expect(report.results.find((r) => r.agent === 'Joe')).toMatchObject({ eligible: false, score: null });
  });

  it('counts what it read in the summary', () => {
    const report = scoreJson(['--period', '2021-01']);
    const january = calls.filter((c) => c.date.startsWith('2021-01')).length;
    expect(report.summary).toEqual({ read: 5000, rejected: 0, skipped: 5000 - january, scored: january });
  });

  it('scores the span of the data when no period is given', () => {
    const report = scoreJson([]);
    expect(report.period).toEqual({ from: '2021-01-01', to: '2021-03-31' });
    expectAgreement(report, expectedResults(calls, '2021-01-01', '2021-03-31'));
  });

  it('prints an aligned table ranked by score', () => {
    const run = runCli(['score', kpi, '--data', PWC_CSV, ...PWC_MAPS, '--period', '2021-02']);
    expect(run.code).toBe(0);
    const expected = expectedResults(calls, '2021-02-01', '2021-02-28');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('pwc "PwC test" · 2021-02-01..2021-02-28 · profile normal');
    const header = lines[2];
    expect(header.split(/\s+/).filter(Boolean)).toEqual(
      ['Rank', 'Agent', 'Team', 'Score', 'answer_score', 'resolution_score', 'csat_score', 'speed_score', 'talk_score', 'Targets']);
    const rows = lines.slice(3, 11).map((l) => l.trim().split(/\s+/));
    const ranked = [...expected.values()].filter((e) => e.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
    ranked.forEach((e, i) => {
      expect(rows[i][0]).toBe(String(e.rank));
      expect(rows[i][1]).toBe(e.agent);
      expect(rows[i][3]).toBe(roundHalfAway2(e.score as number));
      expect(rows[i][9]).toBe(`${e.targets.filter((t) => t.met).length}/2`);
    });
    expect(rows.slice(6).map((r) => [r[0], r[1], r[3]])).toEqual([['—', 'Joe', '—'], ['—', 'Stewart', '—']]);
    // every row is as wide as the header: the columns line up
    for (const line of lines.slice(3, 11)) expect(line.length).toBeLessThanOrEqual(header.length);
    expect(run.stdout).toContain('5,000 rows read · 1,616 scored · 3,384 outside the period · 0 rejected · 8 agents');
  });
});

/** Half away from zero on the decimal value, 2 places. */
function roundHalfAway2(x: number): string {
  const scaled = Math.abs(Number(x.toPrecision(15))) * 100;
  const r = Math.floor(Number((scaled + 0.5).toPrecision(15)));
  return `${x < 0 ? '-' : ''}${(r / 100).toFixed(2)}`;
}

describe('records in NDJSON and other time zones', () => {
  it('gives the same results from NDJSON as from CSV', () => {
    const lines = calls.map((c) => JSON.stringify({
      call_id: c.id, agent: c.agent, occurred_at: `${c.date}T${c.time}`, topic: c.topic,
      answered: c.answered, resolved: c.resolved ? 'Y' : 'N', wait_seconds: c.wait, talk_seconds: c.talk, rating: c.rating,
    }));
    const file = tmp.write('calls.ndjson', `${lines.join('\n')}\n`);
    const run = runCli(['score', kpi, '--data', file, '--period', '2021-Q1', '--json']);
    expect(run.stderr).toBe('');
    const fromNdjson = JSON.parse(run.stdout) as ScoreReportJson;
    expect(fromNdjson.results).toEqual(scoreJson(['--period', '2021-Q1']).results);
  });

  it('moves timestamps with an offset into --tz before choosing the period', () => {
    const file = tmp.write('tz.csv', [
      'agent,occurred_at,answered,resolved,wait_seconds,talk_seconds,rating,topic',
      // 17:30 UTC on 31 January is 01:30 on 1 February in Shanghai
      'Ann,2021-01-31T17:30:00Z,Y,Y,10,100,5,Streaming',
      'Ann,2021-02-01T08:00:00+08:00,Y,N,20,200,3,Streaming',
      // no offset: already the organisation's wall-clock time
      'Ann,2021-01-31T23:59:59,N,N,,,,Streaming',
    ].join('\n'));
    const handled = (zone: string[], period: string): unknown => {
      const run = runCli(['score', kpi, '--data', file, '--period', period, '--json', ...zone]);
      expect(run.code).toBe(0);
      return (JSON.parse(run.stdout) as ScoreReportJson).results[0]?.metrics.handled ?? 0;
    };
    expect(handled(['--tz', 'Asia/Shanghai'], '2021-02')).toBe(2);
    expect(handled(['--tz', 'Asia/Shanghai'], '2021-01')).toBe(1);
    expect(handled([], '2021-02')).toBe(1);
    expect(handled([], '2021-01')).toBe(2);
  });
});

describe('bad rows', () => {
  const header = 'agent,datetime,answered,resolved,speed_of_answer_s,talk_duration_s,satisfaction_rating,topic';
  const good = (agent: string) => `${agent},2021-01-05T10:00:00,Y,Y,20,120,4,Streaming`;

  it('reports each bad row with its line and reason, skips it and counts it', () => {
    tmp.write('broken.csv', [
      header,
      good('Ann'),
      'Ann,2021-01-05T10:00:00,Y,Y,20,120,abc,Streaming',
      ',2021-01-05T10:00:00,Y,Y,20,120,4,Streaming',
      'Ann,2021-01-05T10:00:00,Y,Y,20,120',
      'Ann,yesterday,Y,Y,20,120,4,Streaming',
      'Ann,2021-01-05T10:00:00,maybe,Y,20,120,4,Streaming',
      'Ann,2021-01-05T10:00:00,Y,Y,00:01:xx,120,4,Streaming',
      '',
      good('Bob'),
    ].join('\n'));
    const run = runCli(['score', 'pwc-test.kpi', '--data', 'broken.csv', ...PWC_MAPS, '--period', '2021-01', '--json'], tmp.dir);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'broken.csv:3: rating: "abc" is not a number',
      'broken.csv:4: the agent is missing',
      'broken.csv:5: expected 8 columns as in the header, found 6',
      'broken.csv:6: occurred_at: "yesterday" is not a timestamp (write 2021-01-05T09:12:58, optionally with Z or an offset like +08:00)',
      'broken.csv:7: answered: "maybe" is not a boolean (write Y/N, yes/no, true/false or 1/0)',
      'broken.csv:8: wait_seconds: "00:01:xx" is not a duration (write seconds or HH:MM:SS)',
    ]);
    const report = JSON.parse(run.stdout) as ScoreReportJson;
    expect(report.summary).toEqual({ read: 8, rejected: 6, skipped: 0, scored: 2 });
    expect(report.results.map((r) => [r.agent, r.records])).toEqual(expect.arrayContaining([['Ann', 1], ['Bob', 1]]));
  });

  it('prints the first 20 bad rows and counts the rest', () => {
    const bad = Array.from({ length: 25 }, () => 'Ann,2021-01-05T10:00:00,Y,Y,20,120,x,Streaming');
    const file = tmp.write('many-bad.csv', [header, ...bad, good('Ann')].join('\n'));
    const run = runCli(['score', kpi, '--data', file, ...PWC_MAPS, '--period', '2021-01', '--json']);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(21);
    expect(lines[19]).toBe(`${file}:21: rating: "x" is not a number`);
    expect(lines[20]).toBe('… and 5 more bad rows');
    expect((JSON.parse(run.stdout) as ScoreReportJson).summary.rejected).toBe(25);
  });

  it('reports NDJSON lines that are not JSON objects', () => {
    tmp.write('broken.ndjson', [
      '{"agent":"Ann","occurred_at":"2021-01-05T10:00:00","answered":true,"rating":5}',
      '{"agent":"Ann",',
      '"just a string"',
      '{"agent":"Ann","occurred_at":"2021-01-05T10:00:00","rating":"five"}',
    ].join('\n'));
    const run = runCli(['score', 'pwc-test.kpi', '--data', 'broken.ndjson', '--period', '2021-01', '--json'], tmp.dir);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^broken\.ndjson:2: not valid JSON/);
    expect(lines.slice(1)).toEqual([
      'broken.ndjson:3: expected a JSON object, found "just a string"',
      'broken.ndjson:4: rating: "five" is not a number',
    ]);
    expect((JSON.parse(run.stdout) as ScoreReportJson).summary).toEqual({ read: 4, rejected: 3, skipped: 0, scored: 1 });
  });
});

describe('yardstick explain', () => {
  it('shows the tier branch taken and the records behind each aggregate', () => {
    const expected = expectedResults(calls, '2021-01-01', '2021-01-31').get('Becky') as Expected;
    const run = runCli(['explain', kpi, '--data', PWC_CSV, ...PWC_MAPS, '--period', '2021-01', '--agent', 'Becky']);
    expect(run.code).toBe(0);
    const answered = calls.filter((c) => c.agent === 'Becky' && c.date.startsWith('2021-01') && c.answered).length;
    const branch = { 100: '>= 85%', 80: '>= 80%', 60: '>= 75%', 0: 'else' }[expected.kpis.answer_score as 100 | 80 | 60 | 0];
    expect(run.stdout).toContain(`answer_score "接通率" = ${roundHalfAway2(expected.kpis.answer_score as number)}`);
    expect(run.stdout).toContain(`branch ${branch}`);
    expect(run.stdout).toContain(`count(answered) = ${answered} (${expected.records} records)`);
    expect(run.stdout.split('\n')[0]).toContain(`score ${roundHalfAway2(expected.score as number)}`);
  });

  it('prints the explanation tree as JSON', () => {
    const run = runCli(['explain', kpi, '--data', PWC_CSV, ...PWC_MAPS, '--period', '2021-01', '--agent', 'Joe', '--json']);
    expect(run.code).toBe(0);
    const tree = JSON.parse(run.stdout) as { kind: string; children: { kind: string; key?: string }[] };
    expect(tree.kind).toBe('score');
    expect(tree.children.filter((c) => c.kind === 'kpi').map((c) => c.key).sort())
      .toEqual(['answer_score', 'csat_score', 'resolution_score', 'speed_score', 'talk_score']);
  });
});

describe('yardstick check and fmt', () => {
  const broken = `scorecard s {
  period month
  metric csat = count(rating >= 4) / count(rating != null) as percent
  kpi csat_score = csta * 100
  profile normal default { csat_score: 100% }
}
`;

  it('prints file:line:col: error CODE message and exits 1', () => {
    tmp.write('broken.kpi', broken);
    const run = runCli(['check', 'broken.kpi'], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^broken\.kpi:4:20: error YS104 unknown metric or kpi `csta`/m);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('prints the diagnostics as JSON and in Chinese', () => {
    tmp.write('broken.kpi', broken);
    const json = runCli(['check', 'broken.kpi', '--json'], tmp.dir);
    expect(json.code).toBe(1);
    const diagnostics = JSON.parse(json.stdout) as { code: string; severity: string; span: { start: { line: number; column: number } } }[];
    expect(diagnostics).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'YS104', severity: 'error', span: expect.objectContaining({ start: expect.objectContaining({ line: 4, column: 20 }) }) }),
    ]));
    const zh = runCli(['check', 'broken.kpi', '--lang', 'zh'], tmp.dir);
    expect(zh.stdout).toContain('broken.kpi:4:20: error YS104 未知的指标或 KPI `csta`');
  });

  it('exits 0 for a clean scorecard', () => {
    const run = runCli(['check', kpi]);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });

  it('formats a scorecard, checks the layout and rewrites the file', () => {
    const messy = tmp.write('messy.kpi', 'scorecard s {\nperiod   month\n  metric   handled=count()   # calls\nkpi k = handled*2\nprofile p default {k:100%}\n}\n');
    const printed = runCli(['fmt', messy]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('# calls');
    expect(printed.stdout).not.toBe(fs.readFileSync(messy, 'utf8'));
    expect(runCli(['fmt', messy, '--check']).code).toBe(1);
    expect(runCli(['fmt', messy, '--write']).code).toBe(0);
    expect(fs.readFileSync(messy, 'utf8')).toBe(printed.stdout);
    expect(runCli(['fmt', messy, '--check']).code).toBe(0);
    expect(runCli(['fmt', messy]).stdout).toBe(printed.stdout);
  });

  it('refuses to format a file with syntax errors', () => {
    const file = tmp.write('syntax.kpi', 'scorecard s {\n  metric = count(\n');
    const before = fs.readFileSync(file, 'utf8');
    const run = runCli(['fmt', path.basename(file), '--write'], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^syntax\.kpi:\d+:\d+: error YS0\d\d /m);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('yardstick demo', () => {
  it('scores the bundled scorecard on the bundled data and says how to do it by hand', () => {
    const run = runCli(['demo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('frontline "一线客服" · 2021-01-01..2021-03-31 · profile normal+cny_promo');
    for (const agent of ['Becky', 'Dan', 'Diane', 'Greg', 'Jim', 'Joe', 'Martha', 'Stewart']) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+\\d+\\s+${agent}\\s+(North|South)\\s+\\d+\\.\\d\\d`, 'm'));
    }
    expect(run.stdout).toContain('5,000 rows read · 5,000 scored · 0 outside the period · 0 rejected · 8 agents');
    expect(run.stdout).toContain('--map occurred_at=datetime --map wait_seconds=speed_of_answer_s');
  });
});
