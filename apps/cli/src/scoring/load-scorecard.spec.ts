import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliError } from '../usage/cli-error';
import { fieldsToRead } from './score-run';
import { loadScorecard } from './load-scorecard';

const card = (key: string) => `scorecard ${key} {
  period month
  field kb_used: boolean
  metric handled = count()
  metric kb_rate = count(kb_used) / count() as percent
  metric csat = count(rating >= 4) / count(rating != null) as percent
  kpi kb_score = kb_rate * 100
  kpi csat_score = csat * 100
  profile normal default { kb_score: 50%, csat_score: 50% }
}
`;

describe('loadScorecard', () => {
  let dir: string;
  const err: string[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-load-'));
    fs.writeFileSync(path.join(dir, 'one.kpi'), card('a'));
    fs.writeFileSync(path.join(dir, 'two.kpi'), card('a') + card('b'));
    fs.writeFileSync(path.join(dir, 'bad.kpi'), 'scorecard x {\n  metric = \n}\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const load = (name: string, key?: string) => loadScorecard(path.join(dir, name), name, key, 'en', (t) => err.push(t));

  it('takes the only scorecard', () => {
    expect(load('one.kpi').key).toBe('a');
  });

  it('needs --scorecard when the file holds several', () => {
    expect(() => load('two.kpi')).toThrow('two.kpi holds several scorecards (a, b): choose one with --scorecard KEY');
    expect(load('two.kpi', 'b').key).toBe('b');
    expect(() => load('two.kpi', 'c')).toThrow('--scorecard c: two.kpi has no scorecard `c` (it has a, b)');
  });

  it('prints the diagnostics of a scorecard with errors and stops with exit code 1', () => {
    err.length = 0;
    let error: unknown;
    try { load('bad.kpi'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect(err.join('')).toMatch(/^bad\.kpi:2:\d+: error YS0\d\d /);
  });

  it('reads only the used fields, the identity fields and their types', () => {
    const fields = fieldsToRead(load('one.kpi'));
    expect(Object.fromEntries(fields.map((f) => [f.name, f.type]))).toEqual({
      agent: 'string', team: 'string', occurred_at: 'timestamp', kb_used: 'boolean', rating: 'number',
    });
  });
});
