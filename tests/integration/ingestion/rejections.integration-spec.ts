import { Readable } from 'node:stream';
import { csvOf, HEADER, startIngestion, type IngestionFixture } from './ingestion-services';

// Bad rows are listed with their line, field and reason; the good rows of the same request are stored. Problems of
// the request itself (no header, an impossible mapping) refuse it as a whole.

describe('ingestion rejections', () => {
  let f: IngestionFixture;

  beforeAll(async () => {
    f = await startIngestion();
  });

  afterAll(async () => {
    await f?.close();
  });

  it('lists every bad CSV row with its line and stores the good ones', async () => {
    const body = csvOf([
      'B1,Becky,2021-01-05T09:00:00,phone,Y,12,5', // line 2: good
      'B2,Becky,2021-01-05T09:00:00,phone,maybe,12,5', // line 3: bad boolean
      'B3,Nobody,2021-01-05T09:00:00,phone,Y,12,5', // line 4: unknown agent
      'B4,Becky,,phone,Y,12,5', // line 5: no occurred_at
      'B5,Becky,2021-01-05T09:00:00,phone,Y,12,abc', // line 6: bad number
      'B6,Becky,2021-01-05T09:00:00,"ph"one",Y,12,5', // line 7: text after a closing quote
      '',
      'B7,Becky,2021-01-05T09:00:00,phone,Y', // line 9: too few columns
      ',Becky,2021-01-05T09:00:00,phone,Y,12,5', // line 10: no external id
      'B8,Becky,2021-02-30T09:00:00,phone,Y,12,5', // line 11: no such day
      'B9,Becky,2021-01-05T09:00:00,phone,Y,-4,5', // line 12: negative duration
      '"B10,Becky,2021-01-05T09:00:00,phone,Y,12,5', // line 13: a quote never closed (runs to the end)
    ]);
    const report = await f.csv(body, { source: 'bad-csv' });
    expect(report.rejections).toMatchObject([
      {
        line: 3, field: 'answered', code: 'row.not_boolean', reason: '"maybe" is not a boolean (write Y/N, yes/no, true/false or 1/0)',
        reasonZh: '"maybe" 不是布尔值（请写 Y/N、yes/no、true/false 或 1/0）',
      },
      { line: 4, field: 'agent', reason: 'no agent has the external id "Nobody": create the agent first' },
      { line: 5, field: null, reason: 'occurred_at is missing' },
      { line: 6, field: 'rating', reason: '"abc" is not a number' },
      { line: 7, field: null, reason: 'a quoted field has text after its closing quote' },
      { line: 9, field: null, code: 'row.column_count', reason: 'expected 7 columns as in the header, found 5', reasonZh: '应与表头一样有 7 列，实际为 5 列' },
      { line: 10, field: null, reason: 'external_id is missing' },
      { line: 11, field: 'occurred_at', reason: expect.stringMatching(/^"2021-02-30T09:00:00" is not a timestamp/) },
      { line: 12, field: 'wait_seconds', reason: '"-4" is not a duration (write seconds or HH:MM:SS)' },
      { line: 13, field: null, reason: 'a quoted field is never closed' },
    ]);
    expect(report).toMatchObject({ received: 11, inserted: 1, rejected: 10, rejectionsTruncated: false });
    await expect(f.query("SELECT external_id FROM interactions WHERE source = 'bad-csv'")).resolves.toEqual([{ external_id: 'B1' }]);
  });

  it('counts lines inside quoted multi-line fields', async () => {
    const body = `${HEADER}\nQ1,Becky,2021-01-05T09:00:00,"phone\nline two",Y,1,5\nQ2,Becky,2021-01-05T09:00:00,phone,perhaps,1,5\n`;
    const report = await f.csv(body, { source: 'multi-line' });
    expect(report.rejections).toMatchObject([{ line: 4, field: 'answered', reason: expect.stringContaining('"perhaps"') }]);
    await expect(f.query("SELECT channel FROM interactions WHERE source = 'multi-line'")).resolves.toEqual([{ channel: 'phone\nline two' }]);
  });

  it('lists bad NDJSON lines: not JSON, not an object, wrong types', async () => {
    const body = [
      '{"external_id":"N1","agent":"Jim","occurred_at":"2021-01-05T09:00:00Z","answered":true,"rating":5}',
      '{"external_id":"N2","agent":"Jim",',
      '[1,2]',
      '',
      '{"external_id":"N3","agent":"Jim","occurred_at":"2021-01-05T09:00:00Z","answered":"sometimes"}',
      '{"external_id":"N4","agent":"Jim","occurred_at":"2021-01-05T09:00:00Z","wait_seconds":{"s":3}}',
      '{"external_id":"N5","agent":"Jim","occurred_at":1609837200000}',
      '{"externalId":"N6","agent":"Jim","occurredAt":"2021-01-05 09:00","answered":"N","waitSeconds":"00:00:30"}',
    ].join('\n');
    const report = await f.ndjson(body, { source: 'bad-ndjson' });
    expect(report.rejections).toMatchObject([
      { line: 2, field: null, reason: expect.stringMatching(/^not valid JSON/) },
      { line: 3, field: null, reason: 'expected a JSON object, found an array' },
      { line: 5, field: 'answered', reason: expect.stringContaining('"sometimes" is not a boolean') },
      { line: 6, field: 'wait_seconds', reason: expect.stringContaining('is not a duration') },
      { line: 7, field: 'occurred_at', reason: expect.stringContaining('"1609837200000" is not a timestamp') },
    ]);
    expect(report).toMatchObject({ received: 7, inserted: 2, rejected: 5 });
    await expect(f.query("SELECT external_id, answered, wait_seconds FROM interactions WHERE source = 'bad-ndjson' ORDER BY 1")).resolves
      .toEqual([{ external_id: 'N1', answered: true, wait_seconds: null }, { external_id: 'N6', answered: false, wait_seconds: 30 }]);
  });

  it('rejects text PostgreSQL cannot store instead of failing the request', async () => {
    const body = `${JSON.stringify({ external_id: 'Z1', agent: 'Jim', occurred_at: '2021-01-05T09:00:00', channel: 'ph\u0000one' })}\n` +
      `${JSON.stringify({ external_id: 'Z2', agent: 'Jim', occurred_at: '2021-01-05T09:00:00', channel: 'tab\there\\back' })}\n`;
    const report = await f.ndjson(body, { source: 'nul' });
    expect(report.rejections).toMatchObject([{ line: 1, field: 'channel', reason: 'contains a NUL character, which cannot be stored' }]);
    await expect(f.query("SELECT channel FROM interactions WHERE source = 'nul'")).resolves.toEqual([{ channel: 'tab\there\\back' }]);
  });

  it('lists the first 1,000 rejections and counts the rest', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `X${i},Nobody,2021-01-05T09:00:00,phone,Y,1,5`);
    const report = await f.csv(csvOf(rows), { source: 'many-bad' });
    expect(report).toMatchObject({ received: 1500, rejected: 1500, rejectionsTruncated: true });
    expect(report.rejections).toHaveLength(1000);
    expect(report.rejections[999].line).toBe(1001);
  });

  it('refuses a CSV without an external_id, agent or time column as a whole', async () => {
    await expect(f.csv('agent,occurred_at\nBecky,2021-01-05\n')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'the CSV has no column for `external_id` (its columns: agent, occurred_at); name one with map=external_id:COLUMN; nothing was stored',
    });
    await expect(f.csv('id,who,occurred_at\n1,Becky,2021-01-05\n', { map: 'external_id:id' })).rejects.toMatchObject({
      message: expect.stringContaining('no column for `agent`'),
    });
    await expect(f.csv('', {})).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('the body is empty') });
  });

  it('refuses maps that name unknown fields or missing columns', async () => {
    await expect(f.csv(csvOf([]), { map: 'stars:rating' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('the mapping names a field that does not exist: stars'),
    });
    await expect(f.csv(csvOf([]), { map: 'rating:stars' })).rejects.toMatchObject({
      message: expect.stringContaining('map=rating:stars: the CSV has no column "stars"'),
    });
    await expect(f.csv(csvOf([]), { map: 'rating' })).rejects.toMatchObject({ message: expect.stringContaining('write each map as map=field:Column') });
    await expect(f.csv(csvOf([]), { mapping: 'nope' })).rejects.toMatchObject({ message: '?mapping: no column mapping is called "nope"' });
  });

  it('refuses bodies that are not CSV or NDJSON', async () => {
    const body = Readable.from([Buffer.from('{}')]);
    await expect(f.ingestion.ingestBody(f.admin, body, { contentType: 'application/json' }, {})).rejects
      .toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', httpStatus: 415 });
    await expect(f.ingestion.ingestBody(f.admin, body, { contentType: 'text/csv; charset=latin1' }, {})).rejects
      .toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });
});
