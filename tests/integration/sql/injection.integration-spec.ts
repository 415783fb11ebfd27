import { compileAggregatesSql, SqlTableMapError, type SqlTableMap } from '../../../dsl/src/compile/sql';
import { aggregateQuery, compiled, runQuery, scoreBoth } from './support/score-both';
import { INTERACTIONS, sqlDatabase, storeWorld } from './support/store';
import type { World } from './support/world';

// Nothing a scorecard, a record or a caller's value holds can change what the SQL does: strings are bind
// parameters, identifiers come only from the table map and must be plain names, numbers are checked literals.

const HOSTILE = [
  "x'); DROP TABLE interactions; --",
  "' OR '1'='1",
  '$1) OR TRUE; --',
  '\\\'"',
  '🙂"; DELETE FROM agents; --',
  "E'\\x27'",
];

const lit = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const SOURCE = `scorecard hostile {
  period month
  field region: string
  ${HOSTILE.map((h, i) => `metric c${i} = count(channel == ${lit(h)} or region == ${lit(h)})`).join('\n  ')}
  metric all = count()
  kpi k = all
  profile p default { k: 100% }
}`;

function world(): World {
  const at = Date.UTC(2021, 2, 10, 15);
  return {
    zone: 'UTC',
    teams: [{ name: "o'neil\"; --", group: 'g; DROP' }],
    agents: [{ id: "a'1", name: 'Robert"); DROP TABLE agents;--', team: "o'neil\"; --" }],
    records: HOSTILE.flatMap((h, i) => [
      { at: at + i * 60_000, agent: "a'1", team: "o'neil\"; --", fields: { channel: h }, custom: { region: 'none' } },
      { at: at + i * 60_000 + 1, agent: "a'1", team: null, fields: { channel: 'chat' }, custom: { region: h } },
    ]),
  };
}

describe('SQL injection', () => {
  const t = sqlDatabase();
  const tables = async () => (await t.db.dataSource.query(
    "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('interactions', 'agents', 'teams')"))[0].n;

  beforeAll(async () => {
    await storeWorld(t.db, world());
  });

  it('binds every string of a scorecard as a parameter and counts exactly the matching records', async () => {
    const { js, sql, query } = await scoreBoth(t.db, world(), SOURCE, { period: { from: '2021-03-01', to: '2021-03-31' } });
    expect(sql).toEqual(js);
    for (const h of HOSTILE) {
      expect(query.text).not.toContain(h);
      expect(query.values).toContain(h);
    }
    expect(js.org).toMatchObject(Object.fromEntries(HOSTILE.map((_, i) => [`c${i}`, 2])));
    expect(await tables()).toBe(3);
    expect((await t.db.dataSource.query('SELECT count(*)::int AS n FROM interactions'))[0].n).toBe(HOSTILE.length * 2);
  });

  it('binds filter values: a hostile value matches nothing instead of everything', async () => {
    const filtered = (value: string): SqlTableMap => ({ ...INTERACTIONS, filters: [{ column: { column: 'source' }, value }] });
    const opts = { period: { from: '2021-03-01', to: '2021-03-31' } };
    const rows = async (value: string) => runQuery(t.db, aggregateQuery(SOURCE, opts, 'UTC', filtered(value)));
    expect((await rows('test')).find((r) => r.level === 'org')?.records).toBe(HOSTILE.length * 2);
    expect(await rows("test' OR '1'='1")).toEqual([expect.objectContaining({ level: 'org', records: 0 })]);
  });

  it('takes the time zone as a parameter: a hostile one is an unknown zone, nothing more', async () => {
    const query = aggregateQuery(SOURCE, { period: { from: '2021-03-01', to: '2021-03-31' } }, "UTC'; DROP TABLE interactions; --");
    await expect(runQuery(t.db, query)).rejects.toThrow(/time zone .* not recognized/);
    expect(await tables()).toBe(3);
  });

  it.each([
    ['a table name', { table: 'interactions; DROP TABLE agents' }],
    ['a column', { occurredAt: { column: 'occurred_at" OR 1=1 --' } }],
    ['a join alias', { joins: [{ table: 'agents', alias: 'a" ON true; --', on: [{ left: { column: 'agent_id' }, right: 'id' }] }] }],
    ['a reserved alias', { joins: [{ table: 'agents', alias: 'ys_r', on: [{ left: { column: 'agent_id' }, right: 'id' }] }] }],
    ['an unknown alias', { subjects: { ...INTERACTIONS.subjects, agent: { from: 'nobody', column: 'external_id' } } }],
    ['a function schema', { functionSchema: 'public; DROP TABLE agents' }],
  ] as const)('refuses %s that is not a plain name before any SQL exists', (_, change) => {
    const { sc, checked } = compiled(SOURCE);
    const table = { ...INTERACTIONS, ...change } as SqlTableMap;
    const compile = () => compileAggregatesSql({ checked, scorecard: sc, table, timeZone: 'UTC', segments: [{ from: '2021-03-01', to: '2021-03-31' }] });
    expect(compile).toThrow(SqlTableMapError);
  });
});
