import { IngestTransaction } from '../../../apps/api/src/modules/ingestion/ingestion.repository';
import { csvOf, defineField, startIngestion, type IngestionFixture } from './ingestion-services';

// Records new for certain (one source, keys rising above everything stored) go straight into interactions as
// binary COPY rows; the rest go through staging and the merge. Both ways must store exactly the same rows, and a
// record repeated across the two parts of one request is merged as repeats within a request are.

describe('ingestion straight into interactions', () => {
  let f: IngestionFixture;
  let direct: jest.SpyInstance;

  beforeAll(async () => {
    f = await startIngestion({ timeZone: 'Asia/Shanghai' });
    await defineField(f, 'topic', 'string');
    await defineField(f, 'callback_at', 'timestamp');
    await defineField(f, 'points', 'count');
  }, 60_000);

  beforeEach(() => {
    direct = jest.spyOn(IngestTransaction.prototype, 'copyDirect');
  });

  afterEach(() => {
    direct?.mockRestore();
  });

  afterAll(async () => {
    await f?.close();
  });

  const HEADER = 'external_id,agent,team,occurred_at,channel,kind,customer,answered,wait_seconds,handle_seconds,qa_score,rating,'
    + 'record_version,topic,callback_at,points';
  const ROWS = [
    'A-01,Becky,,2021-01-05T09:00:00.250,phone,,"Ünï\tcødé ☎",Y,12,00:01:05.5,0.875,5,2021-01-05T10:00:00Z,Billing,2021-01-06T10:00:00,3',
    'A-02,Dan,South,2021-01-05 09:05,chat,callback,,N,,,,,,,,',
    'A-03,Jim,,2021-01-06T10:00:00+08:00,email,ticket,C\\7,yes,0,3600,,1,,"multi\nline",,-4',
  ];
  const STORED = `SELECT external_id, agent_id, team_id, channel, kind, customer, answered, wait_seconds, handle_seconds, qa_score,
      rating, custom, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS at,
      to_char(record_version AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS version
    FROM interactions WHERE source = $1 AND external_id LIKE 'A-%' ORDER BY external_id`;

  it('stores the same rows straight into interactions as through the merge', async () => {
    const straight = await f.csv(csvOf(ROWS, HEADER), { source: 'straight' });
    expect(direct).toHaveBeenCalledTimes(1);
    direct.mockClear();
    // keys below one stored already are not new for certain: the same records take the staging table and the merge
    await f.csv(csvOf(['ZZZ,Becky,,2021-01-05T09:00:00,,,,,,,,,,,,'], HEADER), { source: 'merged' });
    direct.mockClear();
    const merged = await f.csv(csvOf(ROWS, HEADER), { source: 'merged' });
    expect(direct).not.toHaveBeenCalled();
    const counts = { received: 3, inserted: 3, updated: 0, unchanged: 0, duplicates: 0, rejected: 0 };
    expect(straight).toMatchObject({ ...counts, firstOccurredAt: '2021-01-05T01:00:00.250Z', lastOccurredAt: '2021-01-06T02:00:00.000Z' });
    expect(merged).toMatchObject({ ...counts, firstOccurredAt: straight.firstOccurredAt, lastOccurredAt: straight.lastOccurredAt });
    const rows = await f.query(STORED, ['straight']);
    expect(rows).toEqual(await f.query(STORED, ['merged']));
    expect(rows[0]).toMatchObject({
      customer: 'Ünï\tcødé ☎', kind: 'interaction', handle_seconds: 65.5, qa_score: 0.875, at: '2021-01-05 01:00:00.250000',
      version: '2021-01-05 10:00:00.000000', custom: { topic: 'Billing', callback_at: '2021-01-06T02:00:00.000Z', points: 3 },
    });
    expect(rows[1]).toMatchObject({ team_id: f.teams.south, kind: 'callback', custom: {} });
    expect(rows[2]).toMatchObject({ customer: 'C\\7', custom: { topic: 'multi\nline', points: -4 } });
    // a replay meets the stored records: nothing goes straight in, nothing changes
    await expect(f.csv(csvOf(ROWS, HEADER), { source: 'straight' })).resolves.toMatchObject({ inserted: 0, unchanged: 3 });
    expect(direct).not.toHaveBeenCalled();
  });

  it('merges a record repeated after the records stored straight in as a repeat within the request', async () => {
    const header = 'external_id,agent,occurred_at,rating,record_version';
    const key = (i: number) => `K${String(i).padStart(6, '0')}`;
    // many body chunks of rising keys go straight in; from the first repeat on, the rest is merged
    const rising = 20_000;
    const first = Array.from({ length: rising }, (_, i) => `${key(i)},Becky,2021-01-07T09:00:00,3,`);
    first[0] = `${key(0)},Becky,2021-01-07T09:00:00,3,2021-01-07T12:00:00Z`;
    first[1] = `${key(1)},Becky,2021-01-07T09:00:00,3,2021-01-07T12:00:00Z`;
    const later = [
      // versioned earlier, unversioned now: the versioned line stays (as within the staging table)
      `${key(0)},Becky,2021-01-07T09:00:00,5,`,
      // a newer version wins
      `${key(1)},Becky,2021-01-07T09:00:00,4,2021-01-07T13:00:00Z`,
      // neither has a version: the later line wins
      `${key(2)},Becky,2021-01-07T11:30:00,1,`,
      'NEW-1,Becky,2021-01-07T09:00:00,2,',
    ];
    const report = await f.csv(csvOf([...first, ...later], header), { source: 'repeats' });
    expect(direct).toHaveBeenCalledTimes(1);
    expect(report).toMatchObject({
      received: rising + 4, inserted: rising + 1, updated: 0, unchanged: 0, duplicates: 3, rejected: 0,
      firstOccurredAt: '2021-01-07T01:00:00.000Z', lastOccurredAt: '2021-01-07T03:30:00.000Z',
    });
    await expect(f.query("SELECT external_id, rating FROM interactions WHERE source = 'repeats' AND external_id IN ('K000000', 'K000001', 'K000002', 'NEW-1') ORDER BY 1"))
      .resolves.toEqual([
        { external_id: 'K000000', rating: 3 }, { external_id: 'K000001', rating: 4 }, { external_id: 'K000002', rating: 1 },
        { external_id: 'NEW-1', rating: 2 },
      ]);
    await expect(f.query("SELECT count(*)::int AS n FROM interactions WHERE source = 'repeats'")).resolves.toEqual([{ n: rising + 1 }]);
  }, 60_000);
});
