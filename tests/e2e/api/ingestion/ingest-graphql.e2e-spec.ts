import { errorCodes, startTestApp, type Auth, type TestApp } from '../support/app';

// ingestInteractions and the column mappings over real HTTP GraphQL, with who may do what.

const INGEST = `mutation ($records: [InteractionInput!]!, $source: String) {
  ingestInteractions(records: $records, source: $source) {
    source received inserted updated unchanged duplicates rejected rejectionsTruncated
    rejections { line field code reason reasonZh } firstOccurredAt lastOccurredAt staleSnapshotRuns
  }
}`;

const LIST = '{ allColumnMappings(sortField: "name") { name format mapping } _allColumnMappingsMeta { count } }';
const CREATE = `mutation ($name: String, $mapping: JSONObject) {
  createColumnMapping(name: $name, format: csv, mapping: $mapping) { id name format mapping createdAt }
}`;

describe('ingestInteractions and column mappings (GraphQL)', () => {
  let app: TestApp;
  let ingestKey: Auth;
  let readKey: Auth;
  let supervisor: Auth;

  beforeAll(async () => {
    app = await startTestApp();
    const team = await app.createTeam({ name: 'North' });
    await app.createAgent({ externalId: 'Becky', team });
    ingestKey = await app.createApiKey(['ingest']);
    readKey = await app.createApiKey(['read']);
    supervisor = await app.createUser('supervisor', { teams: [team] });
  });

  afterAll(async () => {
    await app?.close();
  });

  const record = (externalId: string, extra: Record<string, unknown> = {}) =>
    ({ externalId, agent: 'Becky', occurredAt: '2021-01-05T09:00:00Z', answered: true, waitSeconds: 12, ...extra });

  it('stores a batch, lists bad records at their position, and replays as unchanged', async () => {
    const records = [record('G1'), record('G2', { occurredAt: 'soon' }), record('G3', { agent: 'Nobody' }), record('G4', { rating: 4.5 })];
    const first = await app.gql<{ ingestInteractions: Record<string, unknown> }>(INGEST, { records, source: 'gql' }, ingestKey);
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestInteractions).toEqual({
      source: 'gql', received: 4, inserted: 2, updated: 0, unchanged: 0, duplicates: 0, rejected: 2, rejectionsTruncated: false,
      rejections: [
        { line: 2, field: 'occurred_at', code: expect.any(String), reason: expect.any(String), reasonZh: expect.stringMatching(/[\u4e00-\u9fff]/) },
        {
          line: 3, field: 'agent', code: 'row.unknown_agent', reason: 'no agent has the external id "Nobody": create the agent first',
          reasonZh: '没有外部编号为 "Nobody" 的坐席：请先创建该坐席',
        },
      ],
      firstOccurredAt: '2021-01-05T09:00:00.000Z', lastOccurredAt: '2021-01-05T09:00:00.000Z', staleSnapshotRuns: 0,
    });
    const again = await app.gql<{ ingestInteractions: Record<string, unknown> }>(INGEST, { records, source: 'gql' }, app.admin);
    expect(again.data?.ingestInteractions).toMatchObject({ inserted: 0, unchanged: 2, rejected: 2 });
    const rows = await app.db.dataSource.query("SELECT external_id, rating FROM interactions WHERE source = 'gql' ORDER BY 1");
    expect(rows).toEqual([{ external_id: 'G1', rating: null }, { external_id: 'G4', rating: 4.5 }]);
  });

  it('refuses more than 1,000 records per call', async () => {
    // minimal records: the request stays small enough for any JSON body limit
    const records = Array.from({ length: 1001 }, (_, i) => ({ externalId: `L${i}`, agent: 'B', occurredAt: '2021-01-05' }));
    const result = await app.gql(INGEST, { records }, ingestKey);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/at most 1000 records per call/);
  });

  it('lets only admins and ingest keys ingest', async () => {
    expect(errorCodes(await app.gql(INGEST, { records: [record('A1')] }))).toEqual(['UNAUTHENTICATED']);
    for (const auth of [readKey, supervisor, await app.createUser('hr'), await app.createUser('auditor')]) {
      expect(errorCodes(await app.gql(INGEST, { records: [record('A1')] }, auth))).toEqual(['FORBIDDEN']);
    }
    await expect(app.db.dataSource.query("SELECT count(*)::int AS n FROM interactions WHERE external_id = 'A1'")).resolves.toEqual([{ n: 0 }]);
  });

  it('manages column mappings in react-admin shape: admins change them, ingest keys read them', async () => {
    const created = await app.gql<{ createColumnMapping: { id: string; mapping: Record<string, string> } }>(
      CREATE, { name: 'pbx', mapping: { external_id: 'CallId', occurred_at: 'Start' } }, app.admin);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createColumnMapping.id;
    const updated = await app.gql('mutation ($id: ID!) { updateColumnMapping(id: $id, mapping: {external_id: "Call"}) { name mapping } }', { id }, app.admin);
    expect(updated.data).toEqual({ updateColumnMapping: { name: 'pbx', mapping: { external_id: 'Call' } } });
    const listed = await app.gql(LIST, {}, ingestKey);
    expect(listed.data).toEqual({ allColumnMappings: [{ name: 'pbx', format: 'csv', mapping: { external_id: 'Call' } }], _allColumnMappingsMeta: { count: 1 } });
    const one = await app.gql('query ($id: ID!) { ColumnMapping(id: $id) { name } }', { id }, ingestKey);
    expect(one.data).toEqual({ ColumnMapping: { name: 'pbx' } });
    for (const auth of [readKey, supervisor]) expect(errorCodes(await app.gql(LIST, {}, auth))).toEqual(['FORBIDDEN']);
    for (const auth of [ingestKey, supervisor]) {
      expect(errorCodes(await app.gql(CREATE, { name: 'x', mapping: { agent: 'Who' } }, auth))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await app.gql(CREATE, { name: 'pbx', mapping: { agent: 'Who' } }, app.admin))).toEqual(['COLUMN_MAPPING_NAME_TAKEN']);
    const bad = await app.gql(CREATE, { name: 'bad', mapping: { stars: 'Rating' } }, app.admin);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0].message).toMatch(/fields? that do(es)? not exist: stars/);
    const deleted = await app.gql('mutation ($id: ID!) { deleteColumnMapping(id: $id) { name } }', { id }, app.admin);
    expect(deleted.data).toEqual({ deleteColumnMapping: { name: 'pbx' } });
    expect((await app.gql(LIST, {}, app.admin)).data).toMatchObject({ _allColumnMappingsMeta: { count: 0 } });
  });
});
