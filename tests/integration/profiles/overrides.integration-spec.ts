import { failure, scorecardSource, startScorecardServices, type ScorecardServices } from '../scorecards/services';

// Which profile is in force: override > schedule (`active` 2021-03-08..2021-03-14 in the source) > default,
// in the organisation's time zone (Asia/Shanghai here, so every instant shows +08:00), over a real database.

const SPRING = 'profile spring "春季" active 2021-03-20..2021-03-31 { volume_score: 100% }\n';

describe('profile overrides', () => {
  let s: ScorecardServices;

  beforeAll(async () => {
    s = await startScorecardServices();
    await s.organisation.update(s.admin, { timeZone: 'Asia/Shanghai' });
    await s.authoring.create(s.admin, scorecardSource('front', { extra: SPRING }));
    await s.authoring.publish(s.admin, 'front', '2021-01-01');
  });

  afterAll(async () => {
    await s?.close();
  });

  const inForce = async (key: string, at: string) => {
    const decision = await s.profiles.inForce(s.admin, key, at);
    return `${decision.profile?.key} ${decision.source}`;
  };
  const timeline = async (key: string, from: string, to: string) =>
    (await s.profiles.decisions(key, { from, to })).stretches
      .map((x) => `${x.from}..${x.to} ${x.profile} ${x.source}${x.override ? ` #${x.override.reason}` : ''}`);

  it('resolves default outside the schedule and the scheduled profile inside it, on org-zone days', async () => {
    await expect(inForce('front', '2021-03-07T23:59:59+08:00')).resolves.toBe('normal default');
    await expect(inForce('front', '2021-03-07T16:00:00Z')).resolves.toBe('double11 schedule');
    await expect(inForce('front', '2021-03-14T23:00')).resolves.toBe('double11 schedule');
    await expect(inForce('front', '2021-03-15')).resolves.toBe('normal default');
    await expect(timeline('front', '2021-03-01', '2021-03-19')).resolves.toEqual([
      '2021-03-01T00:00:00.000+08:00..2021-03-08T00:00:00.000+08:00 normal default',
      '2021-03-08T00:00:00.000+08:00..2021-03-15T00:00:00.000+08:00 double11 schedule',
      '2021-03-15T00:00:00.000+08:00..2021-03-20T00:00:00.000+08:00 normal default',
    ]);
  });

  it('lets an override starting mid-period win over the schedule and the default for exactly its time', async () => {
    const override = await s.profiles.set(s.admin, {
      scorecard: 'front', profile: 'spring', from: '2021-03-10T12:00', to: '2021-03-16', reason: 'storm: phones down',
    });
    expect(override).toMatchObject({ profile: 'spring', reason: 'storm: phones down', clearedAt: null });
    expect(override.startsAt.toISOString()).toBe('2021-03-10T04:00:00.000Z');
    expect(override.createdBy).toBe(s.admin.kind === 'user' ? s.admin.userId : -1);

    await expect(inForce('front', '2021-03-10T11:59:59')).resolves.toBe('double11 schedule');
    await expect(inForce('front', '2021-03-10T12:00')).resolves.toBe('spring override');
    await expect(inForce('front', '2021-03-15T08:00')).resolves.toBe('spring override');
    await expect(inForce('front', '2021-03-16')).resolves.toBe('normal default');
    const decision = await s.profiles.inForce(s.admin, 'front', '2021-03-11');
    expect(decision.override?.entity.id).toBe(override.id);
    expect(decision.override?.createdBy).toBe('Scorecard Admin');

    await expect(timeline('front', '2021-03-01', '2021-03-31')).resolves.toEqual([
      '2021-03-01T00:00:00.000+08:00..2021-03-08T00:00:00.000+08:00 normal default',
      '2021-03-08T00:00:00.000+08:00..2021-03-10T12:00:00.000+08:00 double11 schedule',
      '2021-03-10T12:00:00.000+08:00..2021-03-16T00:00:00.000+08:00 spring override #storm: phones down',
      '2021-03-16T00:00:00.000+08:00..2021-03-20T00:00:00.000+08:00 normal default',
      '2021-03-20T00:00:00.000+08:00..2021-04-01T00:00:00.000+08:00 spring schedule',
    ]);
    const decisions = await s.profiles.decisions('front', { from: '2021-03-01', to: '2021-03-31' });
    expect(decisions).toMatchObject({ scorecard: 'front', version: 1, timeZone: 'Asia/Shanghai' });
    // org-local wall clock for the engine: 12:00 local on the 10th, counted as if UTC
    expect(new Date(decisions.stretches[2].fromLocalMs).toISOString()).toBe('2021-03-10T12:00:00.000Z');

    const cleared = await s.profiles.clear(s.admin, override.id);
    expect(cleared.override.clearedAt).not.toBeNull();
    expect(cleared.override.clearedBy).toBe(override.createdBy);
    await expect(inForce('front', '2021-03-10T12:00')).resolves.toBe('double11 schedule');
    await expect(timeline('front', '2021-03-08', '2021-03-16')).resolves.toEqual([
      '2021-03-08T00:00:00.000+08:00..2021-03-15T00:00:00.000+08:00 double11 schedule',
      '2021-03-15T00:00:00.000+08:00..2021-03-17T00:00:00.000+08:00 normal default',
    ]);
    await expect(s.profiles.list(s.admin, 'front', false)).resolves.toEqual([]);
    expect((await s.profiles.list(s.admin, 'front', true)).map((o) => o.id)).toEqual([override.id]);
    const again = await s.profiles.clear(s.admin, override.id);
    expect(again.override.clearedAt).toEqual(cleared.override.clearedAt);
  });

  it('refuses an override with times out of order, no reason, or an unreadable time, naming each field', async () => {
    const base = { scorecard: 'front', profile: 'spring', from: '2021-04-02', to: '2021-04-01', reason: 'x' };
    const order = await failure(s.profiles.set(s.admin, base));
    expect(order.code).toBe('BAD_USER_INPUT');
    expect(order.details.fields).toMatchObject([{ path: 'to', code: 'input.invalid', message: 'must be after from (to is exclusive)' }]);
    const same = await failure(s.profiles.set(s.admin, { ...base, to: '2021-04-02T00:00+08:00' }));
    expect(same.code).toBe('BAD_USER_INPUT');
    const blank = await failure(s.profiles.set(s.admin, { ...base, to: '2021-04-03', reason: '   ' }));
    expect(blank.details.fields).toEqual([{ path: 'reason', code: 'input.required', message: 'required: say why the profile is switched', messageZh: '必填' }]);
    const unreadable = await failure(s.profiles.set(s.admin, { ...base, from: 'next monday', to: '2021-13-01' }));
    expect((unreadable.details.fields as { path: string }[]).map((f) => f.path)).toEqual(['from', 'to']);
  });

  it('refuses a profile the version in force does not have, listing the ones it has', async () => {
    const error = await failure(s.profiles.set(s.admin, {
      scorecard: 'front', profile: 'christmas', from: '2021-04-01', to: '2021-04-02', reason: 'x',
    }));
    expect(error.code).toBe('PROFILE_UNKNOWN');
    expect(error.details.known).toEqual(['normal', 'double11', 'spring']);
  });

  it('refuses an override before any version is in force', async () => {
    const error = await failure(s.profiles.set(s.admin, {
      scorecard: 'front', profile: 'normal', from: '2020-12-31T23:00', to: '2021-01-02', reason: 'x',
    }));
    expect(error.code).toBe('SCORECARD_NO_VERSION_IN_FORCE');
    expect(error.details.day).toBe('2020-12-31');
  });

  it('refuses an override overlapping another in effect, but not one that only touches it', async () => {
    const first = await s.profiles.set(s.admin, {
      scorecard: 'front', profile: 'double11', from: '2021-05-01', to: '2021-05-03', reason: 'May Day rush',
    });
    const overlap = await failure(s.profiles.set(s.admin, {
      scorecard: 'front', profile: 'spring', from: '2021-05-02T18:00', to: '2021-05-05', reason: 'x',
    }));
    expect(overlap.code).toBe('PROFILE_OVERRIDE_OVERLAPS');
    expect(overlap.details.overrides).toEqual([String(first.id)]);
    const touching = await s.profiles.set(s.admin, {
      scorecard: 'front', profile: 'spring', from: '2021-05-03', to: '2021-05-05', reason: 'after the rush',
    });
    await expect(timeline('front', '2021-05-01', '2021-05-05')).resolves.toEqual([
      '2021-05-01T00:00:00.000+08:00..2021-05-03T00:00:00.000+08:00 double11 override #May Day rush',
      '2021-05-03T00:00:00.000+08:00..2021-05-05T00:00:00.000+08:00 spring override #after the rush',
      '2021-05-05T00:00:00.000+08:00..2021-05-06T00:00:00.000+08:00 normal default',
    ]);
    await s.profiles.clear(s.admin, first.id);
    await s.profiles.clear(s.admin, touching.id);
  });

  it('keeps overrides and versions consistent: both directions are refused', async () => {
    await s.authoring.create(s.admin, scorecardSource('pair', { extra: SPRING }));
    await s.authoring.publish(s.admin, 'pair', '2021-01-01');
    const kept = await s.profiles.set(s.admin, {
      scorecard: 'pair', profile: 'spring', from: '2021-06-10', to: '2021-06-20', reason: 'campaign',
    });
    // a new version without `spring`, effective during the override: refused while the override is in effect
    await s.authoring.saveDraft(s.admin, 'pair', scorecardSource('pair'));
    const publish = await failure(s.authoring.publish(s.admin, 'pair', '2021-06-15'));
    expect(publish.code).toBe('SCORECARD_OVERRIDE_PROFILE_MISSING');
    expect(publish.details.overrides).toEqual([{ id: String(kept.id), profile: 'spring' }]);
    // effective after the override ends: fine
    await s.authoring.publish(s.admin, 'pair', '2021-06-20');
    // and an override reaching into that version with a profile it lacks is refused
    const reaching = await failure(s.profiles.set(s.admin, {
      scorecard: 'pair', profile: 'spring', from: '2021-06-18', to: '2021-06-22', reason: 'extend',
    }));
    expect(reaching.code).toBe('PROFILE_UNKNOWN');
    expect(reaching.details.version).toBe(2);
  });

  it('marks scores stored under the schedule stale for the periods an override touches, when set and when cleared', async () => {
    const [{ id: versionId }] = await s.db.dataSource.query(
      "SELECT v.id FROM scorecard_versions v JOIN scorecards c ON c.id = v.scorecard_id WHERE c.key = 'front' AND v.version = 1");
    const run = (profile: string, from: string, to: string) => s.db.dataSource.query(
      `INSERT INTO snapshot_runs (scorecard_version_id, profile, period_from, period_to) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scorecard_version_id, profile, period_from, period_to) DO UPDATE SET stale = false`, [versionId, profile, from, to]);
    const stale = async () => (await s.db.dataSource.query(
      "SELECT profile, period_from::text AS p FROM snapshot_runs WHERE stale ORDER BY period_from, profile"))
      .map((r: { profile: string; p: string }) => `${r.p}${r.profile ? ` ${r.profile}` : ''}`);
    for (const [from, to] of [['2021-07-01', '2021-07-31'], ['2021-08-01', '2021-08-31'], ['2021-09-01', '2021-09-30']]) await run('', from, to);
    await run('normal', '2021-08-01', '2021-08-31');
    // ends at local midnight of 1 September: the September snapshot is untouched
    const override = await s.profiles.set(s.admin, {
      scorecard: 'front', profile: 'spring', from: '2021-08-30T18:00', to: '2021-09-01', reason: 'typhoon',
    });
    await expect(stale()).resolves.toEqual(['2021-08-01']);
    await run('', '2021-08-01', '2021-08-31');
    await s.profiles.clear(s.admin, override.id);
    await expect(stale()).resolves.toEqual(['2021-08-01']);
  });

  it('uses the version in force on the last day for a period unless one is asked for', async () => {
    const june = await s.profiles.decisions('pair', { from: '2021-06-01', to: '2021-06-30' });
    expect(june.version).toBe(2);
    const asked = await s.profiles.decisions('pair', { from: '2021-06-01', to: '2021-06-30' }, { version: 1 });
    expect(asked.version).toBe(1);
    expect(asked.stretches.map((x) => `${x.profile} ${x.source}`)).toEqual(['normal default', 'spring override', 'normal default']);
    const reversed = await failure(s.profiles.decisions('pair', { from: '2021-06-30', to: '2021-06-01' }));
    expect(reversed.code).toBe('BAD_USER_INPUT');
  });
});
