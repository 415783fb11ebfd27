import type { Diagnostic } from '@yardstick/dsl';
import { check } from '@yardstick/dsl';
import { failure, marks, scorecardSource, startScorecardServices, type ScorecardServices } from './services';

// Versions and effective dates over a real database: which version scores which day, immutability of published
// versions, and publishing refused with the diagnostics of the source.

describe('scorecard versions', () => {
  let s: ScorecardServices;

  beforeAll(async () => {
    s = await startScorecardServices();
  });

  afterAll(async () => {
    await s?.close();
  });

  const weightsOf = async (key: string, day: string) =>
    (await s.scorecards.compiledVersion(key, { day })).profiles.find((p) => p.key === 'normal')!.weights.map((w) => w.weight);

  it('creates a scorecard from its source as draft version 1, in force nowhere yet', async () => {
    const { scorecard, draft } = await s.authoring.create(s.admin, scorecardSource('fresh', { label: '新卡' }));
    expect(scorecard).toMatchObject({ key: 'fresh', label: '新卡' });
    expect(draft).toMatchObject({ version: 1, status: 'draft', effectiveFrom: null, publishedAt: null });
    await expect(s.scorecards.versionInForce('fresh', '2030-01-01')).resolves.toBeNull();
    expect((await failure(s.scorecards.compiledVersion('fresh', { day: '2021-01-01' }))).code).toBe('SCORECARD_NO_VERSION_IN_FORCE');
  });

  it('scores each day with the version in force then: two versions, days before, on and after the switch', async () => {
    await s.authoring.create(s.admin, scorecardSource('two'));
    const v1 = await s.authoring.publish(s.admin, 'two', '2021-01-01');
    await s.authoring.saveDraft(s.admin, 'two', scorecardSource('two', { normal: 'volume_score: 20%, csat_score: 80%' }));
    const v2 = await s.authoring.publish(s.admin, 'two', '2021-03-01');
    expect([v1.version, v1.effectiveFrom, v2.version, v2.effectiveFrom]).toEqual([1, '2021-01-01', 2, '2021-03-01']);

    await expect(s.scorecards.versionInForce('two', '2020-12-31')).resolves.toBeNull();
    expect((await s.scorecards.versionInForce('two', '2021-01-01'))!.version.version).toBe(1);
    expect((await s.scorecards.versionInForce('two', '2021-02-28'))!.version.version).toBe(1);
    expect((await s.scorecards.versionInForce('two', '2021-03-01'))!.version.version).toBe(2);
    expect((await s.scorecards.versionInForce('two', '2024-06-30'))!.version.version).toBe(2);
    await expect(weightsOf('two', '2021-02-28')).resolves.toEqual([0.5, 0.5]);
    await expect(weightsOf('two', '2021-03-01')).resolves.toEqual([0.2, 0.8]);
    const first = await s.scorecards.compiledVersion('two', { version: 1 });
    expect(first.profiles[0].weights.map((w) => w.weight)).toEqual([0.5, 0.5]);
  });

  it('lists the versions a period straddles, each with the day it takes over', async () => {
    const versions = await s.scorecards.versionsInForceBetween('two', '2021-02-15', '2021-03-15');
    expect(versions.map((v) => [v.version.version, v.version.effectiveFrom])).toEqual([[1, '2021-01-01'], [2, '2021-03-01']]);
  });

  it('breaks a tie of effective dates in favour of the higher version, and a retired version stops counting', async () => {
    await s.authoring.create(s.admin, scorecardSource('tie'));
    await s.authoring.publish(s.admin, 'tie', '2021-02-01');
    await s.authoring.saveDraft(s.admin, 'tie', scorecardSource('tie', { normal: 'volume_score: 10%, csat_score: 90%' }));
    await s.authoring.publish(s.admin, 'tie', '2021-02-01');
    expect((await s.scorecards.versionInForce('tie', '2021-02-01'))!.version.version).toBe(2);
    const retired = await s.authoring.retire(s.admin, 'tie', 2);
    expect(retired.status).toBe('retired');
    expect((await s.scorecards.versionInForce('tie', '2021-02-01'))!.version.version).toBe(1);
    expect((await failure(s.authoring.retire(s.admin, 'tie', 3))).code).toBe('NOT_FOUND');
  });

  it('keeps compiled versions in memory by version: the same object comes back', async () => {
    const a = await s.scorecards.compiledVersion('two', { version: 2 });
    const b = await s.scorecards.compiledVersion('two', { day: '2021-05-01' });
    expect(b).toBe(a);
  });

  it('never changes a published version: a new draft gets the next number, the database refuses edits', async () => {
    await s.authoring.create(s.admin, scorecardSource('frozen'));
    const published = await s.authoring.publish(s.admin, 'frozen', '2021-01-01');
    const draft = await s.authoring.saveDraft(s.admin, 'frozen', scorecardSource('frozen', { label: 'Changed' }));
    expect([draft.version, draft.status]).toEqual([2, 'draft']);
    const again = await s.authoring.saveDraft(s.admin, 'frozen', scorecardSource('frozen', { label: 'Changed again' }));
    expect([again.id, again.version]).toEqual([draft.id, 2]);
    const [row] = await s.db.dataSource.query('SELECT source, status FROM scorecard_versions WHERE id = $1', [published.id]);
    expect(row).toEqual({ source: scorecardSource('frozen'), status: 'published' });
    await expect(s.db.dataSource.query("UPDATE scorecard_versions SET source = 'x' WHERE id = $1", [published.id]))
      .rejects.toThrow(/cannot be changed/);
    await expect(s.db.dataSource.query("UPDATE scorecard_versions SET effective_from = '2020-01-01' WHERE id = $1", [published.id]))
      .rejects.toThrow(/cannot be changed/);
    await expect(s.db.dataSource.query("UPDATE scorecard_versions SET status = 'draft' WHERE id = $1", [published.id]))
      .rejects.toThrow(/cannot be changed/);
  });

  it('refuses to publish a draft with errors, with its diagnostics, and leaves everything as it was', async () => {
    await s.authoring.create(s.admin, scorecardSource('broken'));
    await s.authoring.publish(s.admin, 'broken', '2021-01-01');
    const bad = scorecardSource('broken').replace('csat * 100', 'csta * 100');
    const draft = await s.authoring.saveDraft(s.admin, 'broken', bad);
    expect(draft.status).toBe('draft');
    const error = await failure(s.authoring.publish(s.admin, 'broken', '2021-06-01'));
    expect(error.code).toBe('SCORECARD_INVALID');
    const diagnostics = error.details.diagnostics as Diagnostic[];
    expect(marks(bad, diagnostics)).toEqual([{ code: 'YS104', at: 'csta' }]);
    expect(diagnostics).toEqual(check(bad).diagnostics);
    expect(diagnostics[0].suggestion).toBe('csat');
    expect(error.message).toContain('YS104');
    const versions = await s.db.dataSource.query(
      "SELECT version, status, effective_from::text AS effective_from FROM scorecard_versions v JOIN scorecards s ON s.id = v.scorecard_id WHERE s.key = 'broken' ORDER BY version");
    expect(versions).toEqual([
      { version: 1, status: 'published', effective_from: '2021-01-01' }, { version: 2, status: 'draft', effective_from: null },
    ]);
  });

  it('refuses to publish without a draft, and a draft whose key was changed', async () => {
    expect((await failure(s.authoring.publish(s.admin, 'two', '2021-06-01'))).code).toBe('SCORECARD_NO_DRAFT');
    const renamed = scorecardSource('renamed');
    const draft = await s.authoring.saveDraft(s.admin, 'two', renamed);
    expect(draft.status).toBe('draft');
    const error = await failure(s.authoring.publish(s.admin, 'two', '2021-06-01'));
    expect(error.code).toBe('SCORECARD_INVALID');
    expect(marks(renamed, error.details.diagnostics as Diagnostic[])).toEqual([{ code: 'YS902', at: 'renamed' }]);
    await expect(s.authoring.discardDraft(s.admin, 'two')).resolves.toBe(true);
    await expect(s.authoring.discardDraft(s.admin, 'two')).resolves.toBe(false);
  });

  it('refuses to create a duplicate key, a source with errors or one with two scorecards', async () => {
    expect((await failure(s.authoring.create(s.admin, scorecardSource('two')))).code).toBe('SCORECARD_EXISTS');
    const bad = scorecardSource('nope').replace('count()', 'count(');
    const invalid = await failure(s.authoring.create(s.admin, bad));
    expect(invalid.code).toBe('SCORECARD_INVALID');
    expect((invalid.details.diagnostics as Diagnostic[]).length).toBeGreaterThan(0);
    const twice = `${scorecardSource('one')}${scorecardSource('other')}`;
    expect(marks(twice, (await failure(s.authoring.create(s.admin, twice))).details.diagnostics as Diagnostic[]))
      .toEqual([{ code: 'YS901', at: 'other' }]);
    await expect(s.db.dataSource.query("SELECT key FROM scorecards WHERE key IN ('nope', 'one', 'other')")).resolves.toEqual([]);
  });

  it('refuses a day that is not a day', async () => {
    await s.authoring.saveDraft(s.admin, 'two', scorecardSource('two'));
    const error = await failure(s.authoring.publish(s.admin, 'two', '2021-02-30'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('effectiveFrom');
  });

  it('keeps one draft and consecutive versions when admins save and publish at the same time', async () => {
    await s.authoring.create(s.admin, scorecardSource('busy'));
    await s.authoring.publish(s.admin, 'busy', '2021-01-01');
    await Promise.all([1, 2, 3, 4, 5].map((n) =>
      s.authoring.saveDraft(s.admin, 'busy', scorecardSource('busy', { label: `edit ${n}` }))));
    const drafts = await s.db.dataSource.query(
      "SELECT version FROM scorecard_versions v JOIN scorecards s ON s.id = v.scorecard_id WHERE s.key = 'busy' AND status = 'draft'");
    expect(drafts).toEqual([{ version: 2 }]);
    const results = await Promise.allSettled([
      s.authoring.publish(s.admin, 'busy', '2021-02-01'), s.authoring.publish(s.admin, 'busy', '2021-03-01'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.code).toBe('SCORECARD_NO_DRAFT');
  });

  it('updates the label from the published source', async () => {
    await s.authoring.saveDraft(s.admin, 'two', scorecardSource('two', { label: '一线客服 v3' }));
    await s.authoring.publish(s.admin, 'two', '2021-09-01');
    expect((await s.scorecards.find(s.admin, 'two'))!.label).toBe('一线客服 v3');
  });
});
