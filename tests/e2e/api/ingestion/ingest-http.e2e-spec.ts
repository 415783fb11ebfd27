import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { startTestApp, type Auth, type TestApp } from '../support/app';

// POST /api/ingest/interactions over real HTTP: CSV and NDJSON bodies, replays, who may ingest, and a client that
// disappears half-way through its body (nothing of that request may be stored).

const CSV_HEADER = 'external_id,agent,occurred_at,channel,answered,wait_seconds,rating';

interface HttpResult {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string } };
}

describe('POST /api/ingest/interactions', () => {
  let app: TestApp;
  let ingestKey: Auth;

  beforeAll(async () => {
    app = await startTestApp();
    const north = await app.createTeam({ name: 'North' });
    await app.createAgent({ externalId: 'Becky', team: north });
    await app.createAgent({ externalId: 'Dan', team: north });
    ingestKey = await app.createApiKey(['ingest']);
  });

  afterAll(async () => {
    await app?.close();
  });

  function headersOf(auth: Auth, contentType: string): Record<string, string> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (auth && 'token' in auth) headers.authorization = `Bearer ${auth.token}`;
    if (auth && 'apiKey' in auth) headers['x-api-key'] = auth.apiKey;
    return headers;
  }

  async function ingest(body: string | Buffer, options: { query?: string; auth?: Auth; type?: string; headers?: Record<string, string> } = {}): Promise<HttpResult> {
    const response = await fetch(`${app.url}/api/ingest/interactions${options.query ? `?${options.query}` : ''}`, {
      method: 'POST',
      headers: { ...headersOf(options.auth, options.type ?? 'text/csv'), ...options.headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as HttpResult['body'] };
  }

  const count = async (source: string): Promise<number> =>
    (await app.db.dataSource.query('SELECT count(*)::int AS n FROM interactions WHERE source = $1', [source]))[0].n;

  it('ingests a CSV body with an ingest key, and a replay three times keeps one copy', async () => {
    const body = `${CSV_HEADER}\nH1,Becky,2021-01-05T09:00:00,phone,Y,12,5\nH2,Dan,2021-01-05T09:10:00,chat,N,,\nH3,Ghost,2021-01-05T09:20:00,chat,N,,\n`;
    const first = await ingest(body, { query: 'source=http-csv', auth: ingestKey });
    expect(first).toEqual({
      status: 200,
      body: expect.objectContaining({
        source: 'http-csv', received: 3, inserted: 2, updated: 0, unchanged: 0, duplicates: 0, rejected: 1, rejectionsTruncated: false,
        rejections: [{
          line: 4, field: 'agent', code: 'row.unknown_agent', reason: 'no agent has the external id "Ghost": create the agent first',
          reasonZh: '没有外部编号为 "Ghost" 的坐席：请先创建该坐席',
        }],
        firstOccurredAt: '2021-01-05T09:00:00.000Z', lastOccurredAt: '2021-01-05T09:10:00.000Z', ignoredColumns: [],
      }),
    });
    for (let i = 0; i < 3; i++) {
      const replay = await ingest(body, { query: 'source=http-csv', auth: ingestKey });
      expect(replay.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, rejected: 1 });
    }
    await expect(count('http-csv')).resolves.toBe(2);
  });

  it('ingests NDJSON and gzip-compressed bodies', async () => {
    const lines = [
      { externalId: 'J1', agent: 'Becky', occurredAt: '2021-01-06T08:00:00Z', answered: true, waitSeconds: 3 },
      { external_id: 'J2', agent: 'Dan', occurred_at: '2021-01-06T08:05:00Z', answered: 'N' },
    ].map((line) => JSON.stringify(line)).join('\n');
    const ndjson = await ingest(lines, { query: 'source=http-ndjson', auth: app.admin, type: 'application/x-ndjson' });
    expect(ndjson).toMatchObject({ status: 200, body: { inserted: 2, rejected: 0 } });
    const gz = await ingest(gzipSync(`${CSV_HEADER}\nZ1,Becky,2021-01-06T08:00:00,phone,Y,1,4\n`),
      { query: 'source=http-gzip', auth: ingestKey, headers: { 'content-encoding': 'gzip' } });
    expect(gz).toMatchObject({ status: 200, body: { inserted: 1 } });
  });

  it('applies a saved mapping and ?map= over HTTP', async () => {
    const created = await app.gql('mutation { createColumnMapping(name: "crm", format: csv, mapping: {external_id: "Ticket", agent: "Owner"}) { id } }', {}, app.admin);
    expect(created.errors).toBeUndefined();
    const body = 'Ticket,Owner,Opened\nT-1,Becky,2021-01-07 10:00\n';
    const result = await ingest(body, { query: 'source=crm&mapping=crm&map=occurred_at:Opened', auth: ingestKey });
    expect(result).toMatchObject({ status: 200, body: { inserted: 1 } });
    expect(result.body.columns).toEqual([
      { field: 'agent', column: 'Owner' }, { field: 'occurred_at', column: 'Opened' }, { field: 'external_id', column: 'Ticket' },
    ]);
  });

  it('answers request-level problems with an error and a status', async () => {
    await expect(ingest('{}', { auth: ingestKey, type: 'application/json' })).resolves.toMatchObject({
      status: 415, body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE', messageZh: expect.stringMatching(/^不支持的请求格式/) } },
    });
    await expect(ingest('agent,occurred_at\nBecky,2021-01-05\n', { auth: ingestKey })).resolves.toMatchObject({
      status: 400, body: { error: {
        code: 'BAD_USER_INPUT', message: expect.stringContaining('no column for `external_id`'),
        messageZh: expect.stringMatching(/^导入请求无效，未存储任何数据：.*no column for `external_id`/),
      } },
    });
    await expect(ingest(`${CSV_HEADER}\n`, { query: 'map=nonsense', auth: ingestKey })).resolves.toMatchObject({ status: 400 });
  });

  it('lets only admins and integrations with the ingest scope ingest', async () => {
    const body = `${CSV_HEADER}\nA1,Becky,2021-01-08T09:00:00,phone,Y,1,5\n`;
    await expect(ingest(body, { query: 'source=auth' })).resolves.toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    const reader = await app.createApiKey(['read']);
    const forbidden: Auth[] = [reader];
    for (const role of ['supervisor', 'hr', 'auditor'] as const) forbidden.push(await app.createUser(role));
    const becky = (await app.db.dataSource.query("SELECT id FROM agents WHERE external_id = 'Becky'"))[0].id as number;
    forbidden.push(await app.createUser('agent', { agent: becky }));
    for (const auth of forbidden) {
      await expect(ingest(body, { query: 'source=auth', auth })).resolves.toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    }
    await expect(count('auth')).resolves.toBe(0);
    await expect(ingest(body, { query: 'source=auth', auth: app.admin })).resolves.toMatchObject({ status: 200, body: { inserted: 1 } });
  });

  /** Sends the head of a body announced as longer, then destroys the socket; resolves once the socket is gone. */
  function sendAndKill(head: string, declaredLength: number | null): Promise<void> {
    return new Promise((resolve) => {
      const url = new URL(`${app.url}/api/ingest/interactions?source=killed`);
      const headers: Record<string, string | number> = { 'content-type': 'text/csv', 'x-api-key': (ingestKey as { apiKey: string }).apiKey };
      if (declaredLength !== null) headers['content-length'] = declaredLength;
      const req = httpRequest({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: 'POST', headers });
      req.on('error', () => undefined);
      req.on('close', () => resolve());
      req.write(head, () => setTimeout(() => req.destroy(), 300));
    });
  }

  async function settled(): Promise<void> {
    // the server notices the reset and rolls back; wait until no ingest transaction is left open
    for (let i = 0; i < 100; i++) {
      const [row] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction') AND query ILIKE '%ingest_%'`);
      if (row.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('an ingest transaction stayed open after its client went away');
  }

  it('stores nothing of a request whose client disappears half-way through the body', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `KILL${i},Becky,2021-01-09T09:00:00,phone,Y,1,5`);
    const full = `${CSV_HEADER}\n${rows.join('\n')}\n`;
    await sendAndKill(full.slice(0, Math.floor(full.length / 2)), Buffer.byteLength(full));
    await settled();
    await sendAndKill(full.slice(0, Math.floor(full.length / 3)), null); // chunked transfer, no final chunk
    await settled();
    await expect(count('killed')).resolves.toBe(0);
    // the server is fine afterwards, and the same body sent whole is stored whole
    const whole = await ingest(full, { query: 'source=killed', auth: ingestKey });
    expect(whole).toMatchObject({ status: 200, body: { inserted: 20_000, rejected: 0 } });
    await expect(count('killed')).resolves.toBe(20_000);
  });
});
