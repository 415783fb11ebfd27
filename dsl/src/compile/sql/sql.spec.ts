import { check, compile } from '../../index';
import { compileAggregatesSql, sqlFunctionsDown, sqlFunctionsUp, SQL_FUNCTIONS, SqlResultError, SqlTableMapError, type SqlTableMap } from './index';
import { eq12 } from '../../runtime/numbers';
import { eq12Range } from './eq12-interval';
import { sqlNumber } from './sql-text';
import type { AggregateSqlOptions } from './sql-types';

// The SQL text itself (the database runs it in tests/integration/sql): shape, what it refuses, what it reports.

const TABLE: SqlTableMap = { table: 'interactions', subjects: { agent: { column: 'agent' }, team: { column: 'team' } } };
const MARCH = [{ from: '2021-03-01', to: '2021-03-31' }];

function options(source: string, extra: Partial<AggregateSqlOptions> = {}): AggregateSqlOptions {
  const checked = check(source).value;
  const doc = compile(source).value;
  if (!checked || !doc) throw new Error(`does not compile: ${compile(source).diagnostics.map((d) => d.message).join('; ')}`);
  return { checked, scorecard: doc.scorecards[0], table: TABLE, timeZone: 'Asia/Shanghai', segments: MARCH, ...extra };
}

const card = (metrics: string, head = '') => `scorecard s { period month ${head} ${metrics} kpi k = 1 profile normal default { k: 100% } }`;

function sql(source: string, extra: Partial<AggregateSqlOptions> = {}) {
  const result = compileAggregatesSql(options(source, extra));
  if (!result.ok) throw new Error(JSON.stringify(result.unsupported));
  return result.query;
}

describe('compileAggregatesSql', () => {
  it('groups by segment only when the period has more than one', () => {
    const one = sql(card('metric n = count()'));
    expect(one.text).not.toContain('CASE WHEN');
    expect(one.text).toContain('GROUPING SETS');
    const three = sql(card('metric n = count()'), { segments: [{ from: '2021-03-01', to: '2021-03-09' }, { from: '2021-03-10', to: '2021-03-16' }, { from: '2021-03-17', to: '2021-03-31' }] });
    expect(three.text).toMatch(/WHEN .* THEN 2 WHEN .* THEN 1 ELSE 0 END/);
    expect(three.values).toEqual(expect.arrayContaining(['Asia/Shanghai', '2021-03-01', '2021-03-10', '2021-03-17', '2021-04-01']));
  });

  it('splits segments at any instant (an override switching within a day), as wall-clock timestamps', () => {
    const ms = (text: string) => Date.parse(`${text}Z`);
    const query = sql(card('metric n = count()'), { segments: [
      { startMs: ms('2021-03-01T00:00:00'), endMs: ms('2021-03-10T12:30:00') },
      { startMs: ms('2021-03-10T12:30:00'), endMs: ms('2021-04-01T00:00:00') },
    ] });
    expect(query.text).toMatch(/WHEN .* THEN 1 ELSE 0 END/);
    expect(query.values).toEqual(expect.arrayContaining(['2021-03-01', '2021-03-10 12:30:00.000', '2021-04-01']));
    const days = sql(card('metric n = count()'), { segments: [{ from: '2021-03-01', to: '2021-03-09' }, { startMs: ms('2021-03-10T00:00:00'), endMs: ms('2021-04-01T00:00:00') }] });
    expect(days.values).toEqual(expect.arrayContaining(['2021-03-01', '2021-03-10', '2021-04-01']));
  });

  it('keeps every scorecard string out of the text', () => {
    const query = sql(card(`metric n = count(channel == "'; DROP TABLE x; --" and customer != "\\\\")`));
    expect(query.text).not.toContain('DROP');
    expect(query.values).toEqual(expect.arrayContaining(["'; DROP TABLE x; --", '\\']));
  });

  it('computes a repeated value once per record, so nesting grows the text linearly', () => {
    const nested = Array.from({ length: 20 }, (_, i) => i).reduce((e, i) => `min(${e}, ${i + 1}m)`, 'handle_seconds');
    const query = sql(card(`metric m = avg(${nested})`));
    expect(query.text).toContain('CROSS JOIN LATERAL');
    expect(query.text.length).toBeLessThan(40_000);
  });

  it('reports the aggregates it cannot compute instead of guessing', () => {
    const result = compileAggregatesSql(options(card('metric a = count(hour(seen_at) > 8) metric b = count(channel == "a\\u0000b")'.replace('\\u0000', '\u0000'), 'field seen_at: timestamp')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.unsupported).toEqual([
      { aggregate: 'count(hour(seen_at) > 8)', reason: 'the custom timestamp field seen_at is read by the engine only' },
      { aggregate: expect.stringContaining('count(channel =='), reason: 'a string holding the character U+0000' },
    ]);
  });

  it('reports a checked model that is not the compiled scorecard', () => {
    const result = compileAggregatesSql({ ...options(card('metric n = count(rating > 3)')), checked: options(card('metric n = count(rating > 4)')).checked });
    expect(result).toEqual({ ok: false, unsupported: [{ aggregate: 'count(rating > 3)', reason: expect.stringContaining('not in the checked model') }] });
  });

  it.each([
    ['no segments', { segments: [] }],
    ['a gap between segments', { segments: [{ from: '2021-03-01', to: '2021-03-09' }, { from: '2021-03-11', to: '2021-03-31' }] }],
    ['a day that does not exist', { segments: [{ from: '2021-02-29', to: '2021-03-31' }] }],
    ['instants out of order', { segments: [{ startMs: 1000, endMs: 1000 }] }],
    ['instants that are not whole milliseconds', { segments: [{ startMs: 0.5, endMs: 86_400_000 }] }],
    ['no time zone', { timeZone: '' }],
  ])('refuses %s', (_, extra) => {
    expect(() => compileAggregatesSql(options(card('metric n = count()'), extra as Partial<AggregateSqlOptions>))).toThrow(SqlTableMapError);
  });
});

describe('decoding result rows', () => {
  const query = sql(card('metric n = count() metric a = avg(handle_seconds) metric p = percentile(wait_seconds, 90)'),
    { segments: [{ from: '2021-03-01', to: '2021-03-09' }, { from: '2021-03-10', to: '2021-03-31' }] });
  const row = (g: number, extra: Record<string, unknown> = {}) => ({
    ys_g: g, ys_seg: 1, ys_agent: 'a1', ys_team: 't1', ys_grp: null, ys_records: '7', ys_efd: '1',
    ys_s0_n: '7', ys_s1_n: '5', ys_s1_sum: 12.5, ys_s2_n: '4', ys_s2_value: 3.25, ...extra,
  });

  it('tells agent, team and organisation rows of a segment or the whole period apart', () => {
    // GROUPING(seg, agent, team): a 1 bit is a key rolled up
    expect(query.decode(row(0))).toEqual({
      level: 'agent', segment: 1, agent: 'a1', team: 't1', records: 7,
      states: [{ n: 7, used: 7 }, { n: 5, used: 5, sum: 12.5 }, { n: 0, used: 4, value: 3.25 }],
    });
    expect(query.decode(row(0b010))).toMatchObject({ level: 'team', segment: 1, team: 't1' });
    expect(query.decode(row(0b011))).toMatchObject({ level: 'org', segment: 1 });
    expect(query.decode(row(0b100))).toMatchObject({ level: 'agent', segment: null, agent: 'a1' });
    expect(query.decode(row(0b111))).toMatchObject({ level: 'org', segment: null });
  });

  it('refuses rows from a connection that rounds doubles, and rows of another query', () => {
    expect(() => query.decode(row(0, { ys_efd: '0' }))).toThrow(SqlResultError);
    expect(() => query.decode(row(8))).toThrow(SqlResultError);
    expect(() => query.decode(row(0, { ys_s0_n: 'many' }))).toThrow(SqlResultError);
  });
});

describe('eq12Range', () => {
  const view = new DataView(new ArrayBuffer(8));
  const step = (x: number, up: boolean) => {
    if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
    view.setFloat64(0, x);
    view.setBigInt64(0, view.getBigInt64(0) + ((x > 0) === up ? 1n : -1n));
    return view.getFloat64(0);
  };

  it.each([0, 30, 57, 0.3, 0.1 + 0.2, -4.5, 1e-300, 5e-324, 1.7e308, 123456789012.5, 1e15 + 5, -0.57 * 100])(
    'bounds exactly the doubles equal to %d to 12 significant digits', (c) => {
      const [lo, hi] = eq12Range(c);
      expect(eq12(lo, c) && eq12(hi, c) && lo <= c && c <= hi).toBe(true);
      expect(eq12(step(lo, false), c)).toBe(false);
      expect(eq12(step(hi, true), c)).toBe(false);
    });
});

describe('SQL text pieces', () => {
  it('prints doubles as checked literals, -0 included, and refuses non-finite ones', () => {
    expect(sqlNumber(0.1)).toBe(`'0.1'::float8`);
    expect(sqlNumber(-0)).toBe(`'-0'::float8`);
    expect(sqlNumber(1e21)).toBe(`'1e+21'::float8`);
    expect(() => sqlNumber(Infinity)).toThrow();
    expect(() => sqlNumber(Number.NaN)).toThrow();
  });

  it('creates the functions in a schema when asked, and drops them in reverse order', () => {
    expect(SQL_FUNCTIONS).toHaveLength(3);
    expect(sqlFunctionsUp('app').every((s) => s.includes('"app".yardstick_'))).toBe(true);
    expect(sqlFunctionsDown()).toEqual([
      'DROP FUNCTION IF EXISTS yardstick_round(double precision, double precision)',
      'DROP FUNCTION IF EXISTS yardstick_sig(double precision, integer)',
      'DROP FUNCTION IF EXISTS yardstick_exact(double precision)',
    ]);
    expect(() => sqlFunctionsUp('x; DROP')).toThrow(SqlTableMapError);
  });
});
