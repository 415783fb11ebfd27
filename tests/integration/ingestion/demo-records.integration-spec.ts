import type { INestApplication } from '@nestjs/common';
import { DemoSeeder } from '../../../apps/api/src/modules/demo/demo.seeder';
import { DEMO_SOURCE } from '../../../apps/api/src/modules/ingestion/records.demo-step';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { bootApp } from '../support/nest';

// The demo seed loads the PwC call-centre records through the ingestion path (saved mapping, CSV stream, merge).

describe('demo records', () => {
  let db: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await bootApp(db);
    await app.get(DemoSeeder).seedIfEmpty();
    // booting and seeding the whole demo takes a few seconds, more on a busy machine
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('stores all 5,000 calls once, mapped as the CLI demo maps them', async () => {
    const [summary] = await db.dataSource.query(`SELECT count(*)::int AS records, count(DISTINCT agent_id)::int AS agents,
        round(avg(wait_seconds)::numeric, 2)::text AS asa, min(occurred_at) AS first, max(occurred_at) AS last
       FROM interactions WHERE source = $1`, [DEMO_SOURCE]);
    expect(summary).toEqual({ records: 5000, agents: 8, asa: '67.52', first: new Date('2021-01-01T09:12:58Z'), last: expect.any(Date) });
    const [first] = await db.dataSource.query(`SELECT a.external_id AS agent, t.name AS team, i.answered, i.resolved, i.wait_seconds,
        i.talk_seconds, i.rating FROM interactions i JOIN agents a ON a.id = i.agent_id JOIN teams t ON t.id = i.team_id
       WHERE i.external_id = 'ID0001'`);
    expect(first).toEqual({ agent: 'Diane', team: 'North', answered: true, resolved: true, wait_seconds: 109, talk_seconds: 143, rating: 3 });
    await expect(db.dataSource.query('SELECT name, format, mapping FROM column_mappings')).resolves.toEqual([{
      name: DEMO_SOURCE, format: 'csv',
      mapping: { external_id: 'call_id', occurred_at: 'datetime', wait_seconds: 'speed_of_answer_s', talk_seconds: 'talk_duration_s', rating: 'satisfaction_rating' },
    }]);
  });
});
