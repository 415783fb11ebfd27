import { errorCodes, startTestApp, type TestApp } from '../support/app';

// Profile overrides over real HTTP GraphQL: the schedule written in the scorecard, an admin's override winning
// over it from the middle of a period, clearing it, and every time shown in the organisation's zone.

const SOURCE = `scorecard front "一线客服" {
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  kpi volume_score = min(handled, 100)
  kpi csat_score = csat * 100
  profile normal "日常运营" default { volume_score: 50%, csat_score: 50% }
  profile double11 "双11大促" active 2021-03-08..2021-03-14 { csat_score: 100% }
}
`;

const OVERRIDE = 'id scorecard profile from to reason createdBy createdAt clearedAt clearedBy active';
const SET = `mutation ($profile: String!, $from: String!, $to: String!, $reason: String!) {
  setProfileOverride(scorecard: "front", profile: $profile, from: $from, to: $to, reason: $reason) { ${OVERRIDE} } }`;
const IN_FORCE = `query ($at: String) { profileInForce(scorecard: "front", at: $at) {
  scorecard at version profile label source override { id reason } } }`;
const TIMELINE = `query ($from: String!, $to: String!) { profileTimeline(scorecard: "front", from: $from, to: $to) {
  scorecard version timeZone from to stretches { from to profile label source overrideId reason } } }`;

interface InForce { profile: string; label: string; source: string; at: string; version: number; override: { id: string; reason: string } | null }

describe('profile overrides over GraphQL', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await app.gql('mutation { updateOrganisation(timeZone: "Asia/Shanghai") { timeZone } }', {}, app.admin);
    await app.gql('mutation ($s: String!) { createScorecard(source: $s) { id } }', { s: SOURCE }, app.admin);
    await app.gql('mutation { publishScorecard(key: "front", effectiveFrom: "2021-01-01") { version } }', {}, app.admin);
  });

  afterAll(async () => {
    await app?.close();
  });

  const inForce = async (at: string): Promise<InForce> => {
    const result = await app.gql<{ profileInForce: InForce }>(IN_FORCE, { at }, app.admin);
    expect(result.errors).toBeUndefined();
    return result.data!.profileInForce;
  };

  it('follows the schedule written in the scorecard, else the default', async () => {
    await expect(inForce('2021-03-01T10:00')).resolves.toEqual({
      scorecard: 'front', at: '2021-03-01T10:00:00.000+08:00', version: 1,
      profile: 'normal', label: '日常运营', source: 'DEFAULT', override: null,
    });
    await expect(inForce('2021-03-09')).resolves.toMatchObject({ profile: 'double11', label: '双11大促', source: 'SCHEDULE' });
  });

  it('lets an override starting mid-period win, records who and why, and clears it', async () => {
    const set = await app.gql<{ setProfileOverride: Record<string, unknown> }>(SET, {
      profile: 'normal', from: '2021-03-10T12:00:00+08:00', to: '2021-03-12T00:00:00+08:00', reason: '系统故障，暂停大促考核',
    }, app.admin);
    expect(set.errors).toBeUndefined();
    const override = set.data!.setProfileOverride;
    expect(override).toMatchObject({
      scorecard: 'front', profile: 'normal', from: '2021-03-10T12:00:00.000+08:00', to: '2021-03-12T00:00:00.000+08:00',
      reason: '系统故障，暂停大促考核', createdBy: 'Test Admin', clearedAt: null, clearedBy: null, active: true,
    });

    await expect(inForce('2021-03-10T11:59')).resolves.toMatchObject({ profile: 'double11', source: 'SCHEDULE' });
    await expect(inForce('2021-03-10T12:00')).resolves.toMatchObject({
      profile: 'normal', source: 'OVERRIDE', override: { id: override.id, reason: '系统故障，暂停大促考核' },
    });
    const timeline = await app.gql<{ profileTimeline: { timeZone: string; stretches: Record<string, unknown>[] } }>(
      TIMELINE, { from: '2021-03-01', to: '2021-03-31' }, app.admin);
    expect(timeline.data!.profileTimeline.timeZone).toBe('Asia/Shanghai');
    expect(timeline.data!.profileTimeline.stretches.map((s) => `${s.from} ${s.profile} ${s.source}`)).toEqual([
      '2021-03-01T00:00:00.000+08:00 normal DEFAULT',
      '2021-03-08T00:00:00.000+08:00 double11 SCHEDULE',
      '2021-03-10T12:00:00.000+08:00 normal OVERRIDE',
      '2021-03-12T00:00:00.000+08:00 double11 SCHEDULE',
      '2021-03-15T00:00:00.000+08:00 normal DEFAULT',
    ]);
    expect(timeline.data!.profileTimeline.stretches[2]).toMatchObject({ overrideId: override.id, reason: '系统故障，暂停大促考核' });

    const cleared = await app.gql<{ clearProfileOverride: Record<string, unknown> }>(
      'mutation ($id: ID!) { clearProfileOverride(id: $id) { id active clearedBy clearedAt } }', { id: override.id }, app.admin);
    expect(cleared.data!.clearProfileOverride).toMatchObject({ id: override.id, active: false, clearedBy: 'Test Admin' });
    await expect(inForce('2021-03-10T12:00')).resolves.toMatchObject({ profile: 'double11', source: 'SCHEDULE', override: null });

    const listed = await app.gql<{ active: unknown[]; all: { id: string; active: boolean }[] }>(
      `{ active: profileOverrides(scorecard: "front") { id }
         all: profileOverrides(scorecard: "front", includeCleared: true) { id active } }`, {}, app.admin);
    expect(listed.data).toEqual({ active: [], all: [{ id: override.id, active: false }] });
  });

  it('refuses bad overrides with codes a client can branch on', async () => {
    const reversed = await app.gql(SET, { profile: 'normal', from: '2021-04-02', to: '2021-04-01', reason: 'x' }, app.admin);
    expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);
    expect(reversed.errors![0].extensions!.fields).toEqual([{
      path: 'to', code: 'input.invalid', message: 'must be after from (to is exclusive)', messageZh: '输入无效：must be after from (to is exclusive)',
    }]);
    const unknown = await app.gql(SET, { profile: 'christmas', from: '2021-04-01', to: '2021-04-02', reason: 'x' }, app.admin);
    expect(errorCodes(unknown)).toEqual(['PROFILE_UNKNOWN']);
    const noReason = await app.gql(SET, { profile: 'normal', from: '2021-04-01', to: '2021-04-02', reason: '' }, app.admin);
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);
    const missing = await app.gql('mutation { clearProfileOverride(id: "99999") { id } }', {}, app.admin);
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    const unknownCard = await app.gql('{ profileInForce(scorecard: "nope") { profile } }', {}, app.admin);
    expect(errorCodes(unknownCard)).toEqual(['NOT_FOUND']);
  });
});
