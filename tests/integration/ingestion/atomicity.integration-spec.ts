import { Readable } from 'node:stream';
import { AgentsService } from '../../../apps/api/src/modules/agents/agents.service';
import type { InteractionInput } from '../../../apps/api/src/modules/ingestion/interaction.input';
import { csvOf, defineField, startIngestion, type IngestionFixture } from './ingestion-services';

// A request is stored whole or not at all: a body that breaks off or a database error half-way leaves nothing of
// it; the GraphQL batch path runs through the same transaction with the shared zod record schema in front.

// booting the app on a fresh database takes seconds on a busy machine: hooks and tests get more than jest's 5 s
jest.setTimeout(120_000);

describe('ingestion atomicity and the GraphQL batch path', () => {
  let f: IngestionFixture;

  beforeAll(async () => {
    f = await startIngestion();
  });

  afterAll(async () => {
    await f?.close();
  });

  const count = async (source: string): Promise<number> =>
    (await f.query<{ n: number }>('SELECT count(*)::int AS n FROM interactions WHERE source = $1', [source]))[0].n;

  /** A body that delivers `chunks` and then fails the way a reset connection does. */
  function breakingBody(chunks: string[]): Readable {
    let sent = 0;
    return new Readable({
      read() {
        if (sent < chunks.length) this.push(Buffer.from(chunks[sent++]));
        else this.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
  }

  it('stores nothing of a body that breaks off after thousands of good rows', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `K${i},Becky,2021-01-05T09:00:00,phone,Y,1,5`);
    const text = csvOf(rows);
    const body = breakingBody([text.slice(0, 100_000), text.slice(100_000, 200_000)]);
    await expect(f.ingestion.ingestBody(f.admin, body, { contentType: 'text/csv' }, { source: 'broken' })).rejects
      .toMatchObject({ code: 'INGEST_ABORTED', message: 'the request body ended early: nothing of it was stored' });
    await expect(count('broken')).resolves.toBe(0);
    // the connection went back to the pool in a usable state
    await expect(f.csv(csvOf(rows.slice(0, 10)), { source: 'after-break' })).resolves.toMatchObject({ inserted: 10 });
  });

  it('stores nothing when an agent is deleted after it was looked up, and says the request can be retried', async () => {
    const doomed = (await f.query<{ id: number }>("INSERT INTO agents (external_id, name) VALUES ('Doomed', 'Doomed') RETURNING id"))[0].id;
    const agents = f.app.get(AgentsService);
    const resolve = agents.resolveExternalIds.bind(agents);
    // the agent disappears right after the ingest resolved it: the lock taken before the merge finds it gone
    const spy = jest.spyOn(agents, 'resolveExternalIds').mockImplementation(async (ids) => {
      const found = await resolve(ids);
      if (ids.includes('Doomed')) await f.query('DELETE FROM agents WHERE id = $1', [doomed]);
      return found;
    });
    try {
      const body = csvOf(['F1,Becky,2021-01-05T09:00:00', 'F2,Doomed,2021-01-05T09:00:00'], 'external_id,agent,occurred_at');
      await expect(f.csv(body, { source: 'fk' })).rejects.toMatchObject({ code: 'INGEST_CONFLICT', httpStatus: 409 });
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    await expect(count('fk')).resolves.toBe(0);
  });

  it('leaves no staging table behind in pooled connections', async () => {
    await f.csv(csvOf(['L1,Becky,2021-01-05T09:00:00,phone,Y,1,5']), { source: 'leftover' });
    await expect(f.query("SELECT count(*)::int AS n FROM pg_class WHERE relname IN ('ingest_staging', 'ingest_unique')")).resolves.toEqual([{ n: 0 }]);
  });

  const input = (fields: Partial<InteractionInput> & { externalId: string }): InteractionInput =>
    ({ agent: 'Jim', occurredAt: '2021-01-05T09:00:00', ...fields }) as InteractionInput;

  it('ingests a GraphQL batch, rejecting records the shared schema refuses at their position', async () => {
    await defineField(f, 'topic', 'string');
    const report = await f.ingestion.ingestRecords(f.admin, [
      input({ externalId: 'G1', answered: true, waitSeconds: 12, custom: { topic: 'Billing' } }),
      input({ externalId: 'G2', occurredAt: 'yesterday' }),
      input({ externalId: 'G3', waitSeconds: -1 }),
      input({ externalId: 'G4', custom: { mood: 'happy' } }),
      input({ externalId: 'G5', custom: { rating: 5 } }),
      input({ externalId: 'G6', agent: 'Nobody' }),
      input({ externalId: 'G7', recordVersion: '2021-01-05T10:00:00Z', qaScore: 0.9 }),
    ], 'graphql');
    expect(report.rejections).toEqual([
      { line: 2, field: 'occurred_at', reason: expect.stringContaining('Invalid') },
      { line: 3, field: 'wait_seconds', reason: expect.any(String) },
      { line: 4, field: 'custom.mood', reason: 'is not a defined custom field (see allFieldDefinitions)' },
      { line: 5, field: 'custom.rating', reason: 'is a built-in field: give it as a field of the record, not in custom' },
      { line: 6, field: 'agent', reason: 'no agent has the external id "Nobody": create the agent first' },
    ]);
    expect(report).toMatchObject({ source: 'graphql', received: 7, inserted: 2, rejected: 5 });
    await expect(f.query("SELECT external_id, wait_seconds, qa_score, custom FROM interactions WHERE source = 'graphql' ORDER BY 1")).resolves.toEqual([
      { external_id: 'G1', wait_seconds: 12, qa_score: null, custom: { topic: 'Billing' } },
      { external_id: 'G7', wait_seconds: null, qa_score: 0.9, custom: {} },
    ]);
    await expect(f.ingestion.ingestRecords(f.admin, [input({ externalId: 'G1', answered: true, waitSeconds: 12, custom: { topic: 'Billing' } })], 'graphql'))
      .resolves.toMatchObject({ unchanged: 1 });
  });

  it('refuses GraphQL batches over the limit and bad sources', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => input({ externalId: `M${i}` }));
    await expect(f.ingestion.ingestRecords(f.admin, many)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('send at most 1000 records per call (got 1001)'),
    });
    await expect(f.ingestion.ingestRecords(f.admin, [input({ externalId: 'B1' })], '  ')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(count('api')).resolves.toBe(0);
  });

  it('refuses callers who may not ingest before reading anything', async () => {
    const reader = { kind: 'integration', apiKeyId: 1, name: 'reader', scopes: ['read'] } as const;
    const supervisor = { kind: 'user', userId: 1, username: 's', role: 'supervisor', agentId: null, teamIds: [f.teams.north] } as const;
    const writer = { kind: 'integration', apiKeyId: 2, name: 'writer', scopes: ['ingest'] } as const;
    let read = false;
    const body = new Readable({ read() { read = true; this.push(null); } });
    for (const caller of [reader, supervisor]) {
      await expect(f.ingestion.ingestBody(caller, body, { contentType: 'text/csv' }, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(f.ingestion.ingestRecords(caller, [])).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(read).toBe(false);
    await expect(f.ingestion.ingestRecords(writer, [input({ externalId: 'W1' })], 'writer')).resolves.toMatchObject({ inserted: 1 });
  });
});
