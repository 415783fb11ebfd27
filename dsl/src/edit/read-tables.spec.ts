import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTables } from './read-tables';

const FIXTURE = readFileSync(join(__dirname, '__fixtures__/commented.kpi'), 'utf8');

describe('readTables', () => {
  it('reads kpis in declaration order with their labels', () => {
    expect(readTables(FIXTURE).kpis).toEqual([
      { name: 'csat_score', label: '满意度', declared: true },
      { name: 'aht_score', label: '平均处理时长', declared: true },
      { name: 'volume_score', label: null, declared: true },
    ]);
  });

  it('reads each profile as a column of weights in percent with its total', () => {
    const [normal, double11] = readTables(FIXTURE).profiles;
    expect(normal).toMatchObject({ name: 'normal', label: '日常运营', isDefault: true, total: 100, complete: true, totalIsHundred: true });
    expect(normal.weights).toEqual({
      csat_score: { text: '50%', percent: 50 }, aht_score: { text: '30%', percent: 30 }, volume_score: { text: '20%', percent: 20 },
    });
    expect(double11).toMatchObject({ name: 'double11', isDefault: false, total: 100 });
    expect(double11.weights.volume_score).toBeUndefined();
  });

  it('totals without binary artefacts and flags a total that is not 100%', () => {
    const source = 'scorecard s { kpi a = 1\n kpi b = 2\n kpi c = 3\n profile p { a: 10%, b: 20%, c: 40% } }';
    const [p] = readTables(source).profiles;
    expect(p.total).toBe(70);
    expect(p.totalIsHundred).toBe(false);
    const thirds = readTables('scorecard s { kpi a = 1\n kpi b = 2\n kpi c = 3\n profile p { a: 33.3%, b: 33.3%, c: 33.4% } }');
    expect(thirds.profiles[0]).toMatchObject({ total: 100, totalIsHundred: true });
  });

  it('keeps a weight that is not a plain percentage as written and leaves it out of the total', () => {
    const [p] = readTables('scorecard s { kpi a = 1\n kpi b = 2\n profile p { a: 10% + 40%, b: 50% } }').profiles;
    expect(p.weights.a).toEqual({ text: '10% + 40%', percent: null });
    expect(p).toMatchObject({ total: 50, complete: false, totalIsHundred: false });
  });

  it('lists a weighed name no kpi declares as an undeclared row', () => {
    const tables = readTables('scorecard s { kpi a = 1\n profile p { a: 50%, ghost: 50% } }');
    expect(tables.kpis).toEqual([{ name: 'a', label: null, declared: true }, { name: 'ghost', label: null, declared: false }]);
  });

  it('reads targets with their value and condition as written', () => {
    expect(readTables(FIXTURE).targets).toEqual([
      { index: 0, metric: 'csat', op: '>=', value: '90%', when: null },
      { index: 1, metric: 'aht', op: '<=', value: '420s', when: 'agent.tenure_days < 90' },
      { index: 2, metric: 'aht', op: '<=', value: '360s', when: null },
    ]);
    expect(readTables(FIXTURE).targetNames).toEqual(['handled', 'csat', 'aht', 'csat_score', 'aht_score', 'volume_score']);
  });

  it('shows what it can of a source with a syntax error, read-only', () => {
    const tables = readTables(FIXTURE.replace('aht_score: 30%,', 'aht_score: 30%%,'));
    expect(tables.editable).toBe(false);
    expect(tables.reason).toBe('syntax');
    expect(tables.kpis.map((k) => k.name)).toContain('csat_score');
  });

  it('says when the source holds no scorecard', () => {
    expect(readTables('# nothing yet\n')).toMatchObject({ editable: false, reason: 'no-scorecard', kpis: [], profiles: [] });
    expect(readTables('')).toMatchObject({ editable: false, reason: 'no-scorecard' });
  });

  it('never throws on garbage', () => {
    for (const source of ['scorecard', '{{{{', 'profile p { a: }', 'scorecard s { profile { : 1% } }', '\u0000\uffff']) {
      expect(() => readTables(source)).not.toThrow();
    }
  });
});
