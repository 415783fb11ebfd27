import { check } from '@yardstick/dsl';
import { errorCodes, startTestApp, type TestApp } from '../support/app';

// Versioned scorecards over real HTTP GraphQL, nothing mocked: create, draft, publish with effective dates,
// the version in force before and after a switch, and publishing refused with the source's diagnostics.

const source = (key: string, label: string, weights = 'volume_score: 50%, csat_score: 50%') => `scorecard ${key} "${label}" {
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  kpi volume_score = min(handled, 100)
  kpi csat_score = csat * 100
  profile normal "日常运营" default { ${weights} }
  profile double11 "双11大促" active 2021-03-08..2021-03-14 { csat_score: 100% }
}
`;

const DIAGNOSTIC = 'code severity message messageZh suggestion span { start { line column offset } end { line column offset } }';
const VERSION = `version status source author createdAt publishedAt effectiveFrom valid diagnostics { ${DIAGNOSTIC} }`;

const CREATE = `mutation ($source: String!) { createScorecard(source: $source) { id key label draft { ${VERSION} } } }`;
const SAVE = `mutation ($key: String!, $source: String!) { saveScorecardDraft(key: $key, source: $source) { ${VERSION} } }`;
const PUBLISH = `mutation ($key: String!, $day: String!) { publishScorecard(key: $key, effectiveFrom: $day) { ${VERSION} } }`;
const IN_FORCE = 'query ($key: String!, $day: String) { scorecard(key: $key) { inForce(day: $day) { version effectiveFrom } } }';

interface Diag { code: string; span: { start: { offset: number }; end: { offset: number } } }
const marks = (text: string, diagnostics: Diag[]) =>
  diagnostics.map((d) => ({ code: d.code, at: text.slice(d.span.start.offset, d.span.end.offset) }));

describe('scorecards over GraphQL', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  const inForce = async (key: string, day: string) =>
    (await app.gql<{ scorecard: { inForce: { version: number } | null } }>(IN_FORCE, { key, day }, app.admin))
      .data!.scorecard.inForce?.version ?? null;

  it('validates a source exactly as the CLI checks it', async () => {
    const text = source('v', 'V').replace('csat * 100', 'csta * 100').replace('count()', 'count() + 5%');
    const result = await app.gql<{ validateScorecard: unknown[] }>(
      `query ($source: String!) { validateScorecard(source: $source) { ${DIAGNOSTIC} } }`, { source: text }, app.admin);
    expect(result.errors).toBeUndefined();
    const expected = check(text).diagnostics.map((d) => ({ ...d, suggestion: d.suggestion ?? null }));
    expect(result.data!.validateScorecard).toEqual(expected);
    expect(marks(text, result.data!.validateScorecard as Diag[])).toEqual(expect.arrayContaining([{ code: 'YS104', at: 'csta' }]));
  });

  it('adds the storage rules when validating for a key', async () => {
    const text = source('other', 'O');
    const result = await app.gql<{ validateScorecard: Diag[] }>(
      `query ($source: String!) { validateScorecard(source: $source, key: "mine") { ${DIAGNOSTIC} } }`, { source: text }, app.admin);
    expect(marks(text, result.data!.validateScorecard)).toEqual([{ code: 'YS902', at: 'other' }]);
  });

  it('creates, publishes two versions and scores each day with the version in force', async () => {
    const created = await app.gql<{ createScorecard: { key: string; label: string; draft: { version: number; status: string; author: string } } }>(
      CREATE, { source: source('front', '一线客服') }, app.admin);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createScorecard).toMatchObject({
      key: 'front', label: '一线客服', draft: { version: 1, status: 'DRAFT', author: 'Test Admin' },
    });
    const v1 = await app.gql<{ publishScorecard: { version: number; status: string; effectiveFrom: string; publishedAt: string } }>(
      PUBLISH, { key: 'front', day: '2021-01-01' }, app.admin);
    expect(v1.data!.publishScorecard).toMatchObject({ version: 1, status: 'PUBLISHED', effectiveFrom: '2021-01-01' });
    expect(Date.parse(v1.data!.publishScorecard.publishedAt)).toBeGreaterThan(Date.now() - 60_000);

    const draft = await app.gql<{ saveScorecardDraft: { version: number; valid: boolean } }>(
      SAVE, { key: 'front', source: source('front', '一线客服', 'volume_score: 30%, csat_score: 70%') }, app.admin);
    expect(draft.data!.saveScorecardDraft).toMatchObject({ version: 2, valid: true });
    await app.gql(PUBLISH, { key: 'front', day: '2021-03-01' }, app.admin);

    await expect(inForce('front', '2020-12-31')).resolves.toBeNull();
    await expect(inForce('front', '2021-02-28')).resolves.toBe(1);
    await expect(inForce('front', '2021-03-01')).resolves.toBe(2);
    await expect(inForce('front', '2021-12-31')).resolves.toBe(2);

    const versions = await app.gql<{ scorecard: { versions: { version: number; status: string; effectiveFrom: string }[] } }>(
      '{ scorecard(key: "front") { versions { version status effectiveFrom } } }', {}, app.admin);
    expect(versions.data!.scorecard.versions).toEqual([
      { version: 2, status: 'PUBLISHED', effectiveFrom: '2021-03-01' },
      { version: 1, status: 'PUBLISHED', effectiveFrom: '2021-01-01' },
    ]);
  });

  it('saves a draft with errors for the editor, then refuses to publish it with the diagnostics', async () => {
    const broken = source('front', '一线客服').replace('csat * 100', 'csta * 100');
    const saved = await app.gql<{ saveScorecardDraft: { version: number; valid: boolean; diagnostics: Diag[] } }>(
      SAVE, { key: 'front', source: broken }, app.admin);
    expect(saved.data!.saveScorecardDraft).toMatchObject({ version: 3, valid: false });
    expect(marks(broken, saved.data!.saveScorecardDraft.diagnostics)).toEqual([{ code: 'YS104', at: 'csta' }]);

    const refused = await app.gql(PUBLISH, { key: 'front', day: '2021-06-01' }, app.admin);
    expect(errorCodes(refused)).toEqual(['SCORECARD_INVALID']);
    expect(refused.data).toBeNull();
    const diagnostics = refused.errors![0].extensions!.diagnostics as (Diag & { suggestion: string; messageZh: string })[];
    expect(marks(broken, diagnostics)).toEqual([{ code: 'YS104', at: 'csta' }]);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', suggestion: 'csat' });
    expect(diagnostics[0].span.start).toEqual({ line: 5, column: 20, offset: expect.any(Number) });
    expect(diagnostics[0].messageZh).toMatch(/csta/);
    await expect(inForce('front', '2021-06-01')).resolves.toBe(2);
  });

  it('refuses to create a source with errors, with the diagnostics, and a taken key', async () => {
    const broken = source('broken', 'B').replace('profile normal "日常运营" default', 'profile normal "日常运营"');
    const refused = await app.gql(CREATE, { source: broken }, app.admin);
    expect(errorCodes(refused)).toEqual(['SCORECARD_INVALID']);
    const diagnostics = refused.errors![0].extensions!.diagnostics as Diag[];
    expect(diagnostics.map((d) => d.code)).toEqual(check(broken).diagnostics.map((d) => d.code));
    const taken = await app.gql(CREATE, { source: source('front', 'again') }, app.admin);
    expect(errorCodes(taken)).toEqual(['SCORECARD_EXISTS']);
    const missing = await app.gql('{ scorecard(key: "broken") { id } }', {}, app.admin);
    expect(missing.data).toEqual({ scorecard: null });
  });

  it('has no resolver that changes a published version', async () => {
    const before = await app.db.dataSource.query("SELECT id, source, updated_at FROM scorecard_versions WHERE status <> 'draft' ORDER BY id");
    await app.gql(SAVE, { key: 'front', source: source('front', 'edited') }, app.admin);
    await app.gql('mutation { discardScorecardDraft(key: "front") }', {}, app.admin);
    const after = await app.db.dataSource.query("SELECT id, source, updated_at FROM scorecard_versions WHERE status <> 'draft' ORDER BY id");
    expect(after).toEqual(before);
  });

  it('serves the react-admin list shape', async () => {
    await app.gql(CREATE, { source: source('alpha', 'Alpha') }, app.admin);
    const result = await app.gql<{ allScorecards: { key: string }[]; _allScorecardsMeta: { count: number } }>(
      `{ allScorecards(page: 0, perPage: 1, sortField: "key", sortOrder: "ASC") { key }
         _allScorecardsMeta { count } }`, {}, app.admin);
    expect(result.data).toEqual({ allScorecards: [{ key: 'alpha' }], _allScorecardsMeta: { count: 2 } });
    const filtered = await app.gql<{ allScorecards: { id: string; key: string }[] }>(
      '{ allScorecards(filter: { q: "一线" }) { id key } }', {}, app.admin);
    expect(filtered.data!.allScorecards.map((s) => s.key)).toEqual(['front']);
    const byId = await app.gql<{ Scorecard: { key: string } }>(
      'query ($id: ID!) { Scorecard(id: $id) { key } }', { id: filtered.data!.allScorecards[0].id }, app.admin);
    expect(byId.data!.Scorecard.key).toBe('front');
    const badSort = await app.gql('{ allScorecards(sortField: "source") { key } }', {}, app.admin);
    expect(errorCodes(badSort)).toEqual(['BAD_USER_INPUT']);
  });
});
