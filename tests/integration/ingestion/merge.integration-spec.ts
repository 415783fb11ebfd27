import { csvOf, startIngestion, type IngestionFixture } from './ingestion-services';

// How records are merged into `interactions`: replays leave one copy, changes and newer versions replace, older
// versions and repeats within one request do not, and the team at the time is kept.

describe('ingestion merge', () => {
  let f: IngestionFixture;

  beforeAll(async () => {
    f = await startIngestion();
  });

  afterAll(async () => {
    await f?.close();
  });

  const count = async (source: string): Promise<number> =>
    (await f.query<{ n: number }>('SELECT count(*)::int AS n FROM interactions WHERE source = $1', [source]))[0].n;

  it('stores a file replayed three times once, and reports the replays as unchanged', async () => {
    const body = csvOf([
      'R1,Becky,2021-01-05T09:00:00,phone,Y,12,5',
      'R2,Dan,2021-01-05T09:05:00,chat,N,,',
      'R3,Jim,2021-01-06 10:00:00,phone,yes,00:01:05,4',
    ]);
    const first = await f.csv(body, { source: 'replay' });
    expect(first).toMatchObject({ received: 3, inserted: 3, updated: 0, unchanged: 0, duplicates: 0, rejected: 0, rejections: [] });
    for (let i = 0; i < 2; i++) {
      await expect(f.csv(body, { source: 'replay' })).resolves.toMatchObject({ received: 3, inserted: 0, updated: 0, unchanged: 3 });
    }
    await expect(count('replay')).resolves.toBe(3);
    const rows = await f.query(`SELECT external_id, agent_id, team_id, channel, answered, wait_seconds, rating, kind,
        to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS at FROM interactions WHERE source = 'replay' ORDER BY external_id`);
    expect(rows).toEqual([
      { external_id: 'R1', agent_id: f.agents.becky, team_id: f.teams.north, channel: 'phone', answered: true, wait_seconds: 12, rating: 5, kind: 'interaction', at: '2021-01-05 09:00:00' },
      { external_id: 'R2', agent_id: f.agents.dan, team_id: f.teams.north, channel: 'chat', answered: false, wait_seconds: null, rating: null, kind: 'interaction', at: '2021-01-05 09:05:00' },
      { external_id: 'R3', agent_id: f.agents.jim, team_id: f.teams.south, channel: 'phone', answered: true, wait_seconds: 65, rating: 4, kind: 'interaction', at: '2021-01-06 10:00:00' },
    ]);
  });

  it('replaces a record whose values changed and counts it as updated', async () => {
    await f.csv(csvOf(['U1,Becky,2021-01-07T09:00:00,phone,Y,10,3', 'U2,Becky,2021-01-07T09:01:00,phone,Y,10,3']), { source: 'upd' });
    const report = await f.csv(csvOf(['U1,Becky,2021-01-07T09:00:00,phone,Y,10,4', 'U2,Becky,2021-01-07T09:01:00,phone,Y,10,3']), { source: 'upd' });
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    await expect(f.query("SELECT rating FROM interactions WHERE source = 'upd' ORDER BY external_id")).resolves.toEqual([{ rating: 4 }, { rating: 3 }]);
    const [row] = await f.query<{ later: boolean }>("SELECT updated_at > ingested_at AS later FROM interactions WHERE source = 'upd' AND external_id = 'U1'");
    expect(row.later).toBe(true);
  });

  it('counts a request mixing new, changed and unchanged records exactly', async () => {
    await f.csv(csvOf(['M1,Becky,2021-01-07T10:00:00,phone,Y,10,3', 'M2,Becky,2021-01-07T10:01:00,phone,Y,10,3']), { source: 'mixed' });
    const report = await f.csv(csvOf([
      'M1,Becky,2021-01-07T10:00:00,phone,Y,10,3', 'M2,Becky,2021-01-07T10:01:00,phone,N,10,3', 'M3,Jim,2021-01-07T10:02:00,chat,Y,1,1',
    ]), { source: 'mixed' });
    expect(report).toMatchObject({ received: 3, inserted: 1, updated: 1, unchanged: 1, duplicates: 0 });
    await expect(count('mixed')).resolves.toBe(3);
  });

  it('lets a newer version replace a record and ignores an older one', async () => {
    const header = 'external_id,agent,occurred_at,rating,record_version';
    await f.csv(csvOf(['V1,Dan,2021-01-08T09:00:00,3,2021-01-08T10:00:00Z'], header), { source: 'ver' });
    const older = await f.csv(csvOf(['V1,Dan,2021-01-08T09:00:00,1,2021-01-08T09:30:00Z'], header), { source: 'ver' });
    expect(older).toMatchObject({ updated: 0, unchanged: 1 });
    const newer = await f.csv(csvOf(['V1,Dan,2021-01-08T09:00:00,5,2021-01-08T11:00:00Z'], header), { source: 'ver' });
    expect(newer).toMatchObject({ updated: 1, unchanged: 0 });
    await expect(f.query("SELECT rating FROM interactions WHERE source = 'ver'")).resolves.toEqual([{ rating: 5 }]);
  });

  it('keeps the newest of the same record sent twice in one request and counts the other as a duplicate', async () => {
    const header = 'external_id,agent,occurred_at,rating,record_version';
    const report = await f.csv(csvOf([
      'D1,Jim,2021-01-09T09:00:00,5,2021-01-09T12:00:00Z',
      'D1,Jim,2021-01-09T09:00:00,2,2021-01-09T11:00:00Z',
      'D2,Jim,2021-01-09T09:00:00,1,',
      'D2,Jim,2021-01-09T09:00:00,4,',
    ], header), { source: 'dup' });
    expect(report).toMatchObject({ received: 4, inserted: 2, duplicates: 2, unchanged: 0, rejected: 0 });
    await expect(f.query("SELECT external_id, rating FROM interactions WHERE source = 'dup' ORDER BY 1")).resolves
      .toEqual([{ external_id: 'D1', rating: 5 }, { external_id: 'D2', rating: 4 }]);
  });

  it('keeps the team at the time when the agent later moves and the record is sent again', async () => {
    await f.csv(csvOf(['T1,Dan,2021-01-10T09:00:00,phone,Y,5,5']), { source: 'moves' });
    await f.query('UPDATE agents SET team_id = $1 WHERE id = $2', [f.teams.south, f.agents.dan]);
    try {
      await expect(f.csv(csvOf(['T1,Dan,2021-01-10T09:00:00,phone,Y,5,5']), { source: 'moves' })).resolves.toMatchObject({ unchanged: 1 });
      await expect(f.csv(csvOf(['T2,Dan,2021-01-10T10:00:00,phone,Y,5,5']), { source: 'moves' })).resolves.toMatchObject({ inserted: 1 });
      await expect(f.query("SELECT external_id, team_id FROM interactions WHERE source = 'moves' ORDER BY 1")).resolves
        .toEqual([{ external_id: 'T1', team_id: f.teams.north }, { external_id: 'T2', team_id: f.teams.south }]);
      // a team named by the record wins over the agent's
      const named = await f.csv(csvOf(['T1,Dan,2021-01-10T09:00:00,South'], 'external_id,agent,occurred_at,team'), { source: 'moves' });
      expect(named).toMatchObject({ updated: 1 });
      await expect(f.query("SELECT team_id FROM interactions WHERE source = 'moves' AND external_id = 'T1'")).resolves.toEqual([{ team_id: f.teams.south }]);
    } finally {
      await f.query('UPDATE agents SET team_id = $1 WHERE id = $2', [f.teams.north, f.agents.dan]);
    }
  });

  it('keeps sources apart: the same external id from two sources is two records', async () => {
    await f.csv(csvOf(['S1,Becky,2021-01-11T09:00:00,phone,Y,1,5']), { source: 'crm-a' });
    await f.csv(csvOf(['S1,Becky,2021-01-11T09:00:00,phone,Y,1,5']), { source: 'crm-b' });
    const own = await f.csv(csvOf(['S1,Becky,2021-01-11T09:00:00,crm-c'], 'external_id,agent,occurred_at,source'), { source: 'crm-a' });
    expect(own).toMatchObject({ inserted: 1 });
    await expect(f.query("SELECT source FROM interactions WHERE external_id = 'S1' ORDER BY 1")).resolves
      .toEqual([{ source: 'crm-a' }, { source: 'crm-b' }, { source: 'crm-c' }]);
  });

  it('stores nothing and counts nothing unchanged for an empty list of records', async () => {
    await expect(f.csv(`${'external_id,agent,occurred_at'}\n`, { source: 'empty' })).resolves
      .toMatchObject({ received: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, firstOccurredAt: null });
  });
});
