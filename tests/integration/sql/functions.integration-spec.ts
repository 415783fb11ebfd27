import { roundHalfAway } from '@yardstick/dsl';
import { isSqlRangeError } from '../../../dsl/src/compile/sql';
import { percentileCont } from '@yardstick/engine';
import { aggregateQuery, runQuery, scoreBoth } from './support/score-both';
import { sqlDatabase, storeWorld } from './support/store';
import { random, type World } from './support/world';

// The pieces the SQL back end relies on, checked value by value against the JavaScript they must equal:
// yardstick_sig (JavaScript's toPrecision on the exact double), yardstick_round (the language's round),
// PostgreSQL's percentile_cont (the engine's percentileCont), and exact sums over doubles of any magnitude.

const view = new DataView(new ArrayBuffer(8));
function neighbour(x: number, up: boolean): number {
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, (x >= 0) === up ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** Doubles that stress decimal rounding: wide magnitudes, 12-digit ties and their neighbours, dyadic ties. */
function hardDoubles(seed: number, count: number): number[] {
  const rnd = random(seed);
  const out: number[] = [0, -0.5, 0.5, 1.000244140625, 1e15 + 5, 123456789012.5, -2.5, 1.005, 0.57 * 100, 0.1 + 0.2,
    // beyond the bigint slices: read bit by bit
    5e-324, 1e-300, 3.3e-23, -7.1e-200, 1e300, 2 ** 70, -1.2345678901235e19, Number.MAX_VALUE];
  while (out.length < count) {
    const r = rnd();
    const sign = rnd() < 0.3 ? -1 : 1;
    if (r < 0.4) out.push(sign * (rnd() * 10) ** Math.floor(rnd() * 40 - 20));
    else {
      // a 13-digit decimal ending in 5 (a tie at 12 digits) and the doubles either side of it
      const digits = `${1 + Math.floor(rnd() * 9)}${String(Math.floor(rnd() * 1e11)).padStart(11, '0')}5`;
      const t = sign * Number(`${digits.slice(0, 1)}.${digits.slice(1)}e${Math.floor(rnd() * 30 - 15)}`);
      out.push(t, neighbour(t, true), neighbour(t, false));
    }
  }
  return out.filter(Number.isFinite);
}

describe('SQL functions and aggregates, against the JavaScript they stand for', () => {
  const t = sqlDatabase();

  it('yardstick_sig(x, 12) is x.toPrecision(12) of the exact double, ties away from zero', async () => {
    const xs = hardDoubles(1, 600);
    const rows: { x: number; sig: string }[] = await t.db.dataSource.query(
      'SELECT x, yardstick_sig(x, 12)::text AS sig FROM unnest($1::float8[]) AS t(x)', [xs]);
    const wrong = rows.filter((r) => Number(r.sig) !== Number(r.x.toPrecision(12)));
    expect(rows).toHaveLength(xs.length);
    expect(wrong.map((r) => `${r.x}: ${r.sig} vs ${r.x.toPrecision(12)}`)).toEqual([]);
  });

  it('yardstick_round(x, d) is the language round(x, d)', async () => {
    const rnd = random(2);
    const pairs = hardDoubles(3, 500).map((x) => [x, Math.floor(rnd() * 16) - 3] as const);
    const rows: { r: number | null }[] = await t.db.dataSource.query(
      'SELECT yardstick_round(x, d) AS r FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS t(x, d, i) ORDER BY i',
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
    // the language makes a non-finite result null (round(1.7976931348623157e308, 2) is Infinity in JavaScript)
    const language = (x: number, d: number) => { const r = roundHalfAway(x, d); return Number.isFinite(r) ? r + 0 : null; };
    const wrong = pairs.filter(([x, d], i) => !Object.is(rows[i].r === null ? null : rows[i].r + 0, language(x, d)));
    expect(wrong.map(([x, d]) => `round(${x}, ${d})`)).toEqual([]);
  });

  it('percentile_cont is the engine percentileCont bit for bit', async () => {
    const rnd = random(4);
    for (let round = 0; round < 40; round++) {
      const values = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => (rnd() < 0.3 ? Math.floor(rnd() * 5) : rnd() * 1000 - 200));
      const p = rnd() < 0.2 ? Math.floor(rnd() * 11) / 10 : rnd();
      const [row]: { v: number }[] = await t.db.dataSource.query(
        'SELECT percentile_cont($2::float8) WITHIN GROUP (ORDER BY x) AS v FROM unnest($1::float8[]) AS t(x)', [values, p]);
      expect(row.v).toBe(percentileCont(values, p));
    }
  });

  it('sums exactly whatever the magnitudes, as the engine does', async () => {
    const rnd = random(5);
    const at = Date.UTC(2021, 2, 10, 12);
    // sums are exact below 2^63 in magnitude (beyond, PostgreSQL raises: see the last test)
    const wild = hardDoubles(6, 400).filter((x) => Math.abs(x) < 9e18 && (x === 0 || Math.abs(x) > 2.2e-22));
    const world: World = {
      zone: 'UTC', teams: [{ name: 'north', group: null }],
      agents: [{ id: 'a1', name: 'A1', team: 'north' }, { id: 'a2', name: 'A2', team: 'north' }],
      records: wild.map((rating, i) => ({
        at: at + i * 1000, agent: rnd() < 0.5 ? 'a1' : 'a2', team: 'north', custom: {},
        // qa_score / 7 must stay a normal double: PostgreSQL raises on an underflow (see the next test)
        fields: { rating, qa_score: Math.abs(rating) < 1e-300 ? 1 : Math.abs(rating) * 3, handle_seconds: Math.abs(rating) },
      })),
    };
    await storeWorld(t.db, world);
    const source = `scorecard sums { period month
      metric s = sum(rating)  metric a = avg(rating)  metric q = sum(qa_score / 7)  metric h = avg(handle_seconds)
      kpi k = a  profile p default { k: 100% } }`;
    const { js, sql } = await scoreBoth(t.db, world, source, { period: { from: '2021-03-01', to: '2021-03-31' } });
    expect(sql).toEqual(js);
    expect(js.org.s).not.toBe(wild.reduce((x, y) => x + y, 0));
  });

  it('raises a range error the caller can recognise where a double would underflow or overflow', async () => {
    const world: World = {
      zone: 'UTC', teams: [{ name: 'north', group: null }], agents: [{ id: 'a1', name: 'A1', team: 'north' }],
      records: [{ at: Date.UTC(2021, 2, 10), agent: 'a1', team: 'north', custom: {}, fields: { rating: 5e-324, qa_score: 1e300, handle_seconds: 1e-30 } }],
    };
    await storeWorld(t.db, world);
    const period = { from: '2021-03-01', to: '2021-03-31' };
    const card = (metric: string) => `scorecard r { period month metric m = ${metric} kpi k = m profile p default { k: 100% } }`;
    // an underflow, an overflow, a sum beyond 2^63 and one of bits below 2^-124
    for (const metric of ['sum(rating / 7)', 'sum(qa_score * qa_score)', 'sum(qa_score)', 'avg(handle_seconds)']) {
      const error = await runQuery(t.db, aggregateQuery(card(metric), { period }, 'UTC')).then(() => null, (e: unknown) => e);
      expect(isSqlRangeError(error)).toBe(true);
    }
    expect(isSqlRangeError(new Error('other'))).toBe(false);
  });
});
