import { postRecords, readIngestAnswer, rejectionRows, type IngestReport } from './ingest-client';

const report: IngestReport = {
  source: 'pbx', received: 3, inserted: 2, updated: 0, unchanged: 0, duplicates: 0, rejected: 1,
  rejections: [{ line: 3, field: 'answered', code: 'row.not_boolean', reason: '"maybe" is not a boolean', reasonZh: '"maybe" 不是布尔值' }],
  rejectionsTruncated: false,
  staleSnapshotRuns: 0, firstOccurredAt: null, lastOccurredAt: null, columns: [], ignoredColumns: ['topic'],
};

describe('readIngestAnswer', () => {
  it('reads a report', () => {
    expect(readIngestAnswer(200, report)).toEqual({ ok: true, report });
  });

  it('reads the api error of a refused request', () => {
    expect(readIngestAnswer(400, { error: { code: 'BAD_USER_INPUT', message: 'map=external_id:nope: the CSV has no column "nope"' } }))
      .toEqual({ ok: false, status: 400, code: 'BAD_USER_INPUT', message: 'map=external_id:nope: the CSV has no column "nope"' });
  });

  it('keeps the Chinese message of a refused request', () => {
    expect(readIngestAnswer(415, { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send CSV', messageZh: '不支持的请求格式：send CSV' } }))
      .toEqual({ ok: false, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send CSV', messageZh: '不支持的请求格式：send CSV' });
  });

  it('makes sense of answers that are not the api', () => {
    expect(readIngestAnswer(502, null)).toEqual({ ok: false, status: 502, code: 'HTTP_502', message: 'the api answered HTTP 502' });
    expect(readIngestAnswer(401, '<html>')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(readIngestAnswer(200, { hello: 1 })).toMatchObject({ ok: false, code: 'HTTP_200' });
  });
});

describe('postRecords', () => {
  it('posts the CSV with the token and the query', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify(report), { status: 200 });
    }) as unknown as typeof fetch;
    const outcome = await postRecords({ body: new Blob(['a,b\n']), query: 'source=pbx', token: 't0k', fetch: fakeFetch });
    expect(outcome).toEqual({ ok: true, report });
    expect(calls[0].url).toBe('/api/ingest/interactions?source=pbx');
    expect(calls[0].init.headers).toMatchObject({ authorization: 'Bearer t0k', 'content-type': 'text/csv; charset=utf-8' });
  });

  it('turns a network failure into an outcome', async () => {
    const failing = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    await expect(postRecords({ body: new Blob([]), query: '', token: null, fetch: failing }))
      .resolves.toEqual({ ok: false, status: 0, code: 'NETWORK_ERROR', message: 'Failed to fetch' });
  });
});

describe('rejectionRows', () => {
  it('lists each rejected row with its line, field and reason', () => {
    expect(rejectionRows(report, { line: 'Line', field: 'Field', reason: 'Reason' }))
      .toEqual([['Line', 'Field', 'Reason'], ['3', 'answered', '"maybe" is not a boolean']]);
  });

  it('gives the Chinese reason when the console reads zh-CN, the English one when the api sent no Chinese', () => {
    expect(rejectionRows(report, { line: '行', field: '字段', reason: '原因' }, 'zh-CN'))
      .toEqual([['行', '字段', '原因'], ['3', 'answered', '"maybe" 不是布尔值']]);
    // an api without Chinese texts
    const english = { ...report, rejections: [{ line: 3, field: null, reason: 'occurred_at is missing' } as IngestReport['rejections'][number]] };
    expect(rejectionRows(english, { line: '行', field: '字段', reason: '原因' }, 'zh-CN')[1]).toEqual(['3', '', 'occurred_at is missing']);
  });
});
