import { PWC_CSV, PWC_MAPS, runCli, STACK_LINE, tempDir } from './cli-harness';
import { TEST_SCORECARD } from './pwc-reference';

// Usage errors: one clear sentence on stderr, exit code 2, nothing on stdout and never a stack trace.

const tmp = tempDir('ys-e2e-errors-');
const kpi = tmp.write('pwc-test.kpi', TEST_SCORECARD);
tmp.write('agents-bad.csv', 'agent,team,hired_on\nBecky,North,2020-02-30\n');
afterAll(() => tmp.remove());

const score = (...args: string[]): string[] => ['score', kpi, '--data', PWC_CSV, ...PWC_MAPS, ...args];

describe('usage errors', () => {
  it.each([
    ['an unknown option', score('--perod', '2021-01'), 'yardstick score: unknown option --perod (see `yardstick score --help`)'],
    ['an option without its value', score('--period'), 'yardstick score: option --period needs a value (see `yardstick score --help`)'],
    ['an unknown command', ['scroe', kpi], 'yardstick: unknown command `scroe`; the commands are check, fmt, score, explain, demo (see `yardstick --help`)'],
    ['a missing scorecard', ['check', 'nowhere.kpi'], 'yardstick check: cannot read nowhere.kpi: no such file'],
    ['a missing records file', ['score', kpi, '--data', 'nowhere.csv'], 'yardstick score: cannot read the records file nowhere.csv: no such file'],
    ['a records file that is a directory', ['score', kpi, '--data', '.'], 'yardstick score: cannot read the records file .: it is not a file'],
    ['no records file', ['score', kpi], 'yardstick score: `yardstick score` needs --data RECORDS (a .csv or .ndjson file)'],
    ['no scorecard', ['score', '--data', PWC_CSV], 'yardstick score: `yardstick score` needs a FILE.kpi (see `yardstick score --help`)'],
    ['a bad period', score('--period', '2021-13'), "yardstick score: --period: '2021-13' is not a month: months are 01 to 12"],
    ['a period and a range', score('--period', '2021-01', '--from', '2021-01-01', '--to', '2021-01-05'), 'yardstick score: give either --period or --from/--to, not both'],
    ['half a range', score('--from', '2021-01-01'), 'yardstick score: --from needs --to too: both days are included'],
    ['a range that ends before it starts', score('--from', '2021-02-01', '--to', '2021-01-01'), 'yardstick score: --from/--to: the range 2021-02-01..2021-01-01 ends before it starts'],
    ['an unknown profile', score('--period', '2021-01', '--profile', 'promo'), 'yardstick score: --profile promo: scorecard pwc has no profile `promo` (its profiles: normal)'],
    ['an unknown zone', score('--period', '2021-01', '--tz', 'Mars/Olympus'), "yardstick score: --tz: unknown time zone 'Mars/Olympus': use an IANA name such as Asia/Shanghai, Europe/Berlin or UTC"],
    ['a --map without =', score('--map', 'rating'), 'yardstick score: --map rating: write --map FIELD=COLUMN, e.g. --map rating=satisfaction_rating'],
    ['a --map to a missing column', ['score', kpi, '--data', PWC_CSV, '--map', 'rating=stars'], 'yardstick score: --map rating=stars: '],
    ['a --map of an unknown field', score('--map', 'stars=satisfaction_rating'), 'yardstick score: --map stars=satisfaction_rating: `stars` is not a record field of scorecard pwc'],
    ['an unknown scorecard key', score('--scorecard', 'other'), 'yardstick score: --scorecard other: '],
    ['a bad --lang', ['check', kpi, '--lang', 'fr'], 'yardstick check: --lang fr: use en or zh'],
    ['explain without --agent', ['explain', kpi, '--data', PWC_CSV, ...PWC_MAPS], 'yardstick explain: `yardstick explain` needs --agent ID'],
    ['explain of an agent without records', ['explain', kpi, '--data', PWC_CSV, ...PWC_MAPS, '--period', '2021-01', '--agent', 'Zed'],
      "yardstick explain: no agent 'Zed' was scored by pwc in 2021-01-01..2021-01-31 (scored: Becky, Dan, Diane, Greg, Jim, Joe, Martha, Stewart)"],
    ['fmt with --write and --check', ['fmt', kpi, '--write', '--check'], 'yardstick fmt: give --write or --check, not both'],
    ['a bad agents file', score('--period', '2021-01', '--agents', 'agents-bad.csv'), 'yardstick score: agents-bad.csv:2: hired_on "2020-02-30": expected a real day written YYYY-MM-DD'],
    ['two files to check', ['check', kpi, kpi], 'yardstick check: unexpected argument'],
  ])('reports %s', (_name, args, message) => {
    const run = runCli(args, tmp.dir);
    expect(run.stderr.startsWith(message)).toBe(true);
    if (!run.stderr.startsWith(message)) throw new Error(run.stderr);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('names the missing agent column and suggests --map', () => {
    tmp.write('no-agent.csv', 'who,occurred_at\nAnn,2021-01-01\n');
    const run = runCli(['score', kpi, '--data', 'no-agent.csv'], tmp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-agent.csv has no column for `agent` (its columns: who, occurred_at); name one with --map agent=COLUMN');
  });

  it('exits 1, not 2, when the scorecard itself has errors', () => {
    tmp.write('bad.kpi', 'scorecard s {\n  period month\n  metric m = count(\n}\n');
    const run = runCli(['score', 'bad.kpi', '--data', PWC_CSV], tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad\.kpi:\d+:\d+: error YS\d{3} /m);
    expect(run.stderr).toContain('yardstick score: bad.kpi has errors; nothing was scored');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('prints help and the version', () => {
    const help = runCli(['score', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: yardstick score FILE.kpi --data RECORDS [options]');
    expect(runCli(['--help']).stdout).toContain('yardstick explain FILE.kpi');
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const bare = runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage:');
  });
});
