import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { IngestedEvent } from '../../../apps/api/src/modules/ingestion/ingestion.events';
import { chunked, csvOf, defineField, startIngestion, type IngestionFixture } from './ingestion-services';

// What ingestion takes from the organisation: its time zone for times without an offset, its custom fields, its
// saved column mappings, and the score snapshots it marks stale (with an event for scoring).

describe('ingestion within an organisation', () => {
  let f: IngestionFixture;

  beforeAll(async () => {
    f = await startIngestion({ timeZone: 'Asia/Shanghai' });
  });

  afterAll(async () => {
    await f?.close();
  });

  const instants = (source: string) => f.query<{ external_id: string; at: string }>(
    `SELECT external_id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS at
       FROM interactions WHERE source = $1 ORDER BY external_id`, [source]);

  it('reads times without an offset in the organisation zone and times with one as instants', async () => {
    const report = await f.csv(csvOf([
      'Z1,Becky,2021-01-05T09:00:00', 'Z2,Becky,2021-01-05T09:00:00Z', 'Z3,Becky,2021-01-05 09:00:00.250+05:30',
      'Z4,Becky,2021-01-05', 'Z5,Becky,2021-01-05T09:00:00-0800',
    ], 'external_id,agent,occurred_at'), { source: 'zones' });
    expect(report).toMatchObject({ inserted: 5, firstOccurredAt: '2021-01-04T16:00:00.000Z', lastOccurredAt: '2021-01-05T17:00:00.000Z' });
    await expect(instants('zones')).resolves.toEqual([
      { external_id: 'Z1', at: '2021-01-05T01:00:00.000' },
      { external_id: 'Z2', at: '2021-01-05T09:00:00.000' },
      { external_id: 'Z3', at: '2021-01-05T03:30:00.250' },
      { external_id: 'Z4', at: '2021-01-04T16:00:00.000' },
      { external_id: 'Z5', at: '2021-01-05T17:00:00.000' },
    ]);
  });

  it('assembles occurred_at from date and time columns', async () => {
    await f.csv(csvOf(['D1,Jim,2021-03-01,08:30:00'], 'call_id,agent,date,time'), { source: 'date-time', map: 'external_id:call_id' });
    await expect(instants('date-time')).resolves.toEqual([{ external_id: 'D1', at: '2021-03-01T00:30:00.000' }]);
  });

  it('stores defined custom fields typed in `custom` and ignores undefined columns', async () => {
    await defineField(f, 'topic', 'string');
    await defineField(f, 'survey_sent', 'boolean');
    await defineField(f, 'callback_at', 'timestamp');
    await defineField(f, 'bonus_points', 'count');
    const report = await f.csv(csvOf([
      'C1,Dan,2021-01-05T09:00:00,Billing,Y,2021-01-06T10:00:00,3,x',
      'C2,Dan,2021-01-05T09:00:00,,N,,,y',
      'C3,Dan,2021-01-05T09:00:00,Billing,perhaps,,,z',
    ], 'external_id,agent,occurred_at,Topic,survey sent,callback_at,bonus_points,note'), { source: 'custom' });
    expect(report).toMatchObject({ inserted: 2, rejected: 1, ignoredColumns: ['note'] });
    expect(report.rejections[0]).toMatchObject({ line: 4, field: 'survey_sent' });
    expect(report.columns).toEqual(expect.arrayContaining([{ field: 'topic', column: 'Topic' }, { field: 'survey_sent', column: 'survey sent' }]));
    await expect(f.query("SELECT external_id, custom FROM interactions WHERE source = 'custom' ORDER BY 1")).resolves.toEqual([
      { external_id: 'C1', custom: { topic: 'Billing', survey_sent: true, callback_at: '2021-01-06T02:00:00.000Z', bonus_points: 3 } },
      { external_id: 'C2', custom: { survey_sent: false } },
    ]);
  });

  it('uses a saved column mapping, with ?map= winning over it', async () => {
    await f.mappings.create(f.admin, { name: 'pbx', format: 'csv', mapping: { external_id: 'CallId', agent: 'Operator', occurred_at: 'Start' } });
    const body = csvOf(['P1,Jim,2021-01-05T09:00:00,2021-01-06T09:00:00'], 'CallId,Operator,Start,Answered At');
    await expect(f.csv(body, { source: 'pbx', mapping: 'pbx' })).resolves.toMatchObject({ inserted: 1 });
    await expect(f.csv(body, { source: 'pbx', mapping: 'pbx', map: 'occurred_at:Answered At' })).resolves.toMatchObject({ updated: 1 });
    await expect(instants('pbx')).resolves.toEqual([{ external_id: 'P1', at: '2021-01-06T01:00:00.000' }]);
    await expect(f.ndjson('{}', { mapping: 'pbx' })).rejects.toMatchObject({ message: expect.stringContaining('is for csv bodies') });
  });

  it('marks the snapshot runs of affected periods stale and tells listeners after commit', async () => {
    const [{ id: scorecard }] = await f.query<{ id: number }>("INSERT INTO scorecards (key) VALUES ('frontline') RETURNING id");
    const [{ id: version }] = await f.query<{ id: number }>(
      "INSERT INTO scorecard_versions (scorecard_id, version, source) VALUES ($1, 1, 'scorecard frontline {}') RETURNING id", [scorecard]);
    const run = (from: string, to: string) => f.query(
      'INSERT INTO snapshot_runs (scorecard_version_id, period_from, period_to) VALUES ($1, $2, $3)', [version, from, to]);
    await run('2021-01-01', '2021-01-31');
    await run('2021-02-01', '2021-02-28');
    await run('2020-12-01', '2020-12-31');
    const events: IngestedEvent[] = [];
    const unsubscribe = f.events.onIngested((event) => { events.push(event); });
    try {
      // 2021-02-01T07:00 in Shanghai is still January 31st in UTC: the org's days decide
      const report = await f.csv(csvOf(['E1,Becky,2021-01-20T09:00:00', 'E2,Becky,2021-02-01T07:00:00'], 'external_id,agent,occurred_at'), { source: 'stale' });
      expect(report.staleSnapshotRuns).toBe(2);
      await expect(f.query('SELECT period_from, stale FROM snapshot_runs ORDER BY period_from')).resolves.toEqual([
        { period_from: '2020-12-01', stale: false }, { period_from: '2021-01-01', stale: true }, { period_from: '2021-02-01', stale: true },
      ]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(events).toEqual([expect.objectContaining({ fromDay: '2021-01-20', toDay: '2021-02-01', inserted: 2, updated: 0, staleRuns: 2 })]);
      // a replay changes nothing: no stale marks, no event
      await f.query('UPDATE snapshot_runs SET stale = false');
      await expect(f.csv(csvOf(['E1,Becky,2021-01-20T09:00:00'], 'external_id,agent,occurred_at'), { source: 'stale' })).resolves
        .toMatchObject({ unchanged: 1, staleSnapshotRuns: 0 });
      expect(events).toHaveLength(1);
      // moving a record from January to December leaves both periods stale
      await f.csv(csvOf(['E1,Becky,2020-12-24T09:00:00'], 'external_id,agent,occurred_at'), { source: 'stale' });
      await expect(f.query('SELECT period_from, stale FROM snapshot_runs ORDER BY period_from')).resolves.toEqual([
        { period_from: '2020-12-01', stale: true }, { period_from: '2021-01-01', stale: true }, { period_from: '2021-02-01', stale: false },
      ]);
    } finally {
      unsubscribe();
    }
  });

  it('reads gzip bodies', async () => {
    const body = Readable.from([gzipSync(csvOf(['G1,Jim,2021-01-05T09:00:00'], 'external_id,agent,occurred_at'))]);
    await expect(f.ingestion.ingestBody(f.admin, body, { contentType: 'text/csv', contentEncoding: 'gzip' }, { source: 'gz' })).resolves
      .toMatchObject({ inserted: 1 });
    await expect(f.ingestion.ingestBody(f.admin, chunked('not gzip at all', 4), { contentType: 'text/csv', contentEncoding: 'gzip' }, {}))
      .rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: 'the body is not valid gzip: nothing was stored' });
  });
});
