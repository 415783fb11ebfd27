import { parseDocument } from '../../parser/parse';
import { checkDocument } from '../check';
import { checkSource, errorsAt, scorecardWith, type Found } from '../testing';

// Units and types (spec §3): YS200–YS206.

const expectErrors = (source: string, expected: Found[]) => expect(errorsAt(source)).toEqual(expected);
const metrics = [
  '  metric aht = avg(handle_seconds)',
  '  metric csat = count(rating >= 4) / count(rating != null) as percent',
  '  metric bonus = sum(agent.base_bonus)',
].join('\n');
const inCard = (body: string) => scorecardWith(`${metrics}\n${body}`);
const message = (source: string, code: string) => checkSource(source).find((d) => d.code === code)?.message;

describe('operators and units', () => {
  it('reports comparing a duration with a percent over the whole comparison', () => {
    const source = inCard('  alert a when aht > csat notify hr');
    expectErrors(source, [{ code: 'YS200', at: 'aht > csat' }]);
    expect(message(source, 'YS200')).toBe('cannot compare duration and percent');
  });

  it('reports adding different units', () => {
    expectErrors(inCard('  kpi k = aht + csat'), [{ code: 'YS200', at: 'aht + csat' }]);
  });

  it('reports every clash, not just the first', () => {
    expectErrors(inCard('  kpi k = (aht + csat) * 2\n  eligible when csat < 5s'), [
      { code: 'YS200', at: '(aht + csat)' }, { code: 'YS200', at: 'csat < 5s' },
    ]);
  });

  it('lets plain numbers and counts meet any unit', () => {
    expectErrors(inCard('  eligible when aht > 300 and csat >= 0.9 and handled > 20\n  kpi k = csat * 100 + 5'), []);
  });

  it('follows duration arithmetic: ± keeps, / cancels, * by a number keeps', () => {
    expectErrors(inCard('  kpi k = clamp(100 - (aht - 300s) / 3s, 0, 100)\n  target aht <= 2 * 3m'), []);
  });

  it('infers units through arithmetic', () => {
    const sc = checkOk(inCard('  metric per = aht / handled\n  metric ratio = aht / aht\n  metric pay = bonus * 120%\n  metric scaled = csat * 100'));
    expect(sc.metrics.get('per')?.type).toBe('duration');
    expect(sc.metrics.get('ratio')?.type).toBe('number');
    expect(sc.metrics.get('pay')?.type).toBe('money');
    expect(sc.metrics.get('scaled')?.type).toBe('percent');
  });

  it('reports multiplying two real units', () => {
    expectErrors(inCard('  kpi k = aht * bonus'), [{ code: 'YS200', at: 'aht * bonus' }]);
  });

  it('reports arithmetic on text and conditions at the operand', () => {
    expectErrors(inCard('  metric m = count(channel + 1 > 2)'), [{ code: 'YS201', at: 'channel' }]);
    const source = inCard('  metric m = count(resolved * 2 > 1)');
    expectErrors(source, [{ code: 'YS201', at: 'resolved' }]);
    expect(message(source, 'YS201')).toBe('expected a number but `resolved` is a condition (true or false)');
  });

  it('compares same kinds with == and null with anything', () => {
    expectErrors(inCard('  metric m = count(channel == "chat" and resolved != true and rating != null)'), []);
    expectErrors(inCard('  metric m = count(channel == 5)'), [{ code: 'YS200', at: 'channel == 5' }]);
  });
});

describe('conditions', () => {
  it('reports a condition that is not true or false', () => {
    const source = inCard('  eligible when handled');
    expectErrors(source, [{ code: 'YS201', at: 'handled' }]);
    expect(message(source, 'YS201')).toBe('expected a condition (true or false) but `handled` is a count');
  });

  it('checks where, if, not, and/or, count(cond), target and alert conditions', () => {
    expectErrors(inCard([
      '  metric a = avg(handle_seconds where rating)',
      '  metric b = count(handle_seconds)',
      '  kpi c = if aht then 1 else 0',
      '  kpi d = if not csat then 1 else 0',
      '  target aht <= 5m when handled or agent.tenure_days < 90',
      '  alert x when 5 notify hr',
    ].join('\n')), [
      { code: 'YS201', at: 'rating' }, { code: 'YS201', at: 'handle_seconds' }, { code: 'YS201', at: 'aht' },
      { code: 'YS201', at: 'csat' }, { code: 'YS201', at: 'handled' }, { code: 'YS201', at: '5' },
    ]);
  });

  it('reports a kpi that is not a number', () => {
    expectErrors(inCard('  kpi k = aht > 5m'), [{ code: 'YS201', at: 'aht > 5m' }]);
  });
});

describe('declared units', () => {
  it('reports an unknown unit with a suggestion', () => {
    expectErrors(inCard('  metric m = count() as percnt'), [{ code: 'YS202', at: 'percnt', suggestion: 'percent' }]);
  });

  it('reports a unit that does not fit the value', () => {
    const source = inCard('  metric m = csat * 2 as duration');
    expectErrors(source, [{ code: 'YS203', at: 'duration' }]);
    expect(message(source, 'YS203')).toBe('`as duration` does not fit a value that is a percent');
  });

  it('lets a number or count become any unit', () => {
    expectErrors(inCard('  metric r = count(resolved) / count() as percent\n  metric n = count() as money\n  metric p = aht as number'), []);
  });
});

describe('function arguments', () => {
  it('reports an argument of the wrong kind at that argument', () => {
    expectErrors(inCard('  metric m = count(hour(handle_seconds) > 8)'), [{ code: 'YS201', at: 'handle_seconds' }]);
    expectErrors(inCard('  kpi k = clamp(aht, 0, csat)'), [{ code: 'YS201', at: 'csat' }]);
    expectErrors(inCard('  metric m = sum(channel)'), [{ code: 'YS201', at: 'channel' }]);
  });

  it('requires a constant percentile between 0 and 100', () => {
    expectErrors(inCard('  metric p = percentile(handle_seconds, 90)'), []);
    expectErrors(inCard('  metric p = percentile(handle_seconds, 120)'), [{ code: 'YS205', at: '120' }]);
    expectErrors(inCard('  metric p = percentile(handle_seconds, rating)'), [{ code: 'YS205', at: 'rating' }]);
    expectErrors(inCard('  metric p = percentile(handle_seconds, 90%)'), [{ code: 'YS205', at: '90%' }]);
  });

  it('requires round digits to be a whole constant between 0 and 12', () => {
    expectErrors(inCard('  kpi k = round(csat * 100, 2)'), []);
    expectErrors(inCard('  kpi k = round(csat * 100, 1.5)'), [{ code: 'YS206', at: '1.5' }]);
    expectErrors(inCard('  kpi k = round(csat * 100, 13)'), [{ code: 'YS206', at: '13' }]);
    expectErrors(inCard('  kpi k = round(csat * 100, handled)'), [{ code: 'YS206', at: 'handled' }]);
  });
});

describe('branches', () => {
  it('reports if branches of different units', () => {
    expectErrors(inCard('  kpi k = if csat > 90% then 5s else 10%'), [{ code: 'YS200', at: '10%' }]);
  });

  it('reports tier results of different units', () => {
    expectErrors(inCard('  kpi k = tier(csat) {\n    >= 90% -> 100\n    >= 80% -> 5s\n    >= 70% -> 50%\n    else -> 0\n  }'), [
      { code: 'YS200', at: '50%' },
    ]);
  });

  it('reports a tier threshold in another unit than the subject', () => {
    expectErrors(inCard('  kpi k = tier(aht) {\n    <= 90% -> 100\n    else -> 0\n  }'), [{ code: 'YS200', at: '90%' }]);
  });
});

function checkOk(source: string) {
  const result = checkDocument(parseDocument(source).value!);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.value!.scorecards[0];
}
