import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from './main';
import { memoryIo } from './testing/memory-io';

// The whole command in-process, over small files: dispatch, option handling, reading, scoring, printing.

const SCORECARD = `scorecard mini "迷你" {
  period month
  eligible when handled >= 2
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  metric aht = avg(handle_seconds) as duration
  kpi csat_score "满意度" = tier(csat) {
    >= 90% -> 100
    >= 50% -> 50
    else   -> 0
  }
  kpi aht_score = clamp(100 - (aht - 60s) / 1s, 0, 100)
  target csat >= 50%
  profile normal default { csat_score: 50%, aht_score: 50% }
}
`;

const RECORDS = `Agent,Occurred At,Rating,Handle time
Ann,2021-01-04 09:00:00,5,00:01:00
Ann,2021-01-05 09:00:00,4,00:01:30
Bob,2021-01-05 10:00:00,2,90
Bob,2021-01-06 10:00:00,,120
Cy,2021-01-06 11:00:00,5,60
Bob,2021-02-01 10:00:00,5,60
`;

describe('main', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-main-'));
    fs.writeFileSync(path.join(dir, 'mini.kpi'), SCORECARD);
    fs.writeFileSync(path.join(dir, 'calls.csv'), RECORDS);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const io = memoryIo(dir);
    const code = await main(argv, io);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };
  const maps = ['--map', 'handle_seconds=Handle time'];

  it('scores a month and prints the ranked table', async () => {
    const result = await run('score', 'mini.kpi', '--data', 'calls.csv', '--period', '2021-01', ...maps);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe([
      'mini "迷你" · 2021-01-01..2021-01-31 · profile normal',
      '',
      'Rank  Agent  Team  Score  csat_score  aht_score  Targets',
      '   1  Ann    —     92.50      100.00      85.00      1/1',
      '   2  Bob    —     27.50        0.00      55.00      0/1',
      '   —  Cy     —         —      100.00     100.00      1/1',
      '',
      '— in rank and score: not eligible, or no score',
      '6 rows read · 5 scored · 1 outside the period · 0 rejected · 3 agents',
      '',
    ].join('\n'));
  });

  it('prints full-precision JSON with the read summary', async () => {
    const result = await run('score', 'mini.kpi', '--data', 'calls.csv', '--period', '2021-01', ...maps, '--json');
    const json = JSON.parse(result.stdout);
    expect(json.summary).toEqual({ read: 6, rejected: 0, skipped: 1, scored: 5 });
    expect(json.results.find((r: { agent: string }) => r.agent === 'Ann')).toMatchObject({
      score: 92.5, rank: 1, eligible: true, records: 2, kpis: { csat_score: 100, aht_score: 85 },
      metrics: { handled: 2, csat: 1, aht: 75 }, targets: [{ metric: 'csat', met: true, target: 0.5, actual: 1, gap: 0.5 }],
    });
  });

  it('reads team and attributes from the agents file', async () => {
    fs.writeFileSync(path.join(dir, 'agents.csv'), 'agent,team\nAnn,North\nBob,South\n');
    const result = await run('score', 'mini.kpi', '--data', 'calls.csv', '--period', '2021-01', ...maps, '--agents', 'agents.csv', '--json');
    const teams = Object.fromEntries(JSON.parse(result.stdout).results.map((r: { agent: string; team: string }) => [r.agent, r.team]));
    expect(teams).toEqual({ Ann: 'North', Bob: 'South', Cy: null });
  });

  it('warns about a field the records lack', async () => {
    const result = await run('score', 'mini.kpi', '--data', 'calls.csv', '--period', '2021-01');
    expect(result.stderr).toBe('warning: calls.csv has no column for `handle_seconds`: every value is null (name one with --map handle_seconds=COLUMN)\n');
  });

  it('explains one agent', async () => {
    const result = await run('explain', 'mini.kpi', '--data', 'calls.csv', '--period', '2021-01', ...maps, '--agent', 'Ann');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('branch >= 90%');
    expect(result.stdout).toContain('count(rating >= 4) = 2 (2 records)');
  });

  it('turns an unexpected failure into a short internal-error message', async () => {
    const io = memoryIo(dir);
    const failing = { ...io, out: () => { throw new Error('disk full'); } };
    const code = await main(['score', 'mini.kpi', '--data', 'calls.csv', '--period', '2021-01'], failing);
    expect(code).toBe(70);
    expect(io.stderr()).toContain('yardstick score: internal error: disk full\nThis is a bug in yardstick');
    expect(io.stderr()).not.toMatch(/^\s+at /m);
  });

  it('prints help for a command and the version', async () => {
    expect((await run('fmt', '--help')).stdout).toContain('Usage: yardstick fmt FILE.kpi');
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
