import { startTestApp, type Auth, type GqlResult, type TestApp } from '../support/app';

// Who may do what with scorecards and profile overrides, over real HTTP: every role × operation cell asserted.
// Readers see outcomes, not just "allowed": agents and integrations see published scorecards only (no drafts,
// no never-published scorecard); agents see which profile is in force but not the override's reason.

type Who = 'admin' | 'supervisor' | 'agent' | 'hr' | 'auditor' | 'integration:read' | 'integration:ingest' | 'anonymous';
const WHO: Who[] = ['admin', 'supervisor', 'agent', 'hr', 'auditor', 'integration:read', 'integration:ingest', 'anonymous'];

const source = (key: string, label = key) => `scorecard ${key} "${label}" {
  metric handled = count()
  kpi volume_score = min(handled, 100)
  profile normal default { volume_score: 100% }
  profile rush active 2021-03-08..2021-03-14 { volume_score: 100% }
}
`;

interface Operation {
  /** builds the request for one caller; may prepare data as admin first (so an allowed call can succeed) */
  request(who: Who, index: number): Promise<{ query: string; variables?: Record<string, unknown> }>;
  /** what the caller saw: an error code, or a description of the data */
  observe?(data: Record<string, unknown>): string;
}

const F = 'FORBIDDEN';
const U = 'UNAUTHENTICATED';
const ADMIN_ONLY = { admin: 'ok', supervisor: F, agent: F, hr: F, auditor: F, 'integration:read': F, 'integration:ingest': F, anonymous: U };
/** A read: staff see `all`; agents `agent`; integrations with scope read `integration` (by default as agents). */
const row = (all: string, agent: string, integration = agent) => ({
  admin: all, supervisor: all, agent, hr: all, auditor: all, 'integration:read': integration, 'integration:ingest': F, anonymous: U,
});

// operation → caller → what they get
const EXPECTED: Record<string, Record<Who, string>> = {
  validateScorecard: row('ok', 'ok'),
  scorecards: row('pub,wip', 'pub'),
  'scorecard(key) drafts': row('v2,v1 draft=2', 'v1 draft=none'),
  'scorecard(key) never published': row('found', 'null'),
  allScorecards: row('2 of 2', '1 of 1'),
  createScorecard: ADMIN_ONLY,
  saveScorecardDraft: ADMIN_ONLY,
  publishScorecard: ADMIN_ONLY,
  retireScorecardVersion: ADMIN_ONLY,
  discardScorecardDraft: ADMIN_ONLY,
  setProfileOverride: ADMIN_ONLY,
  clearProfileOverride: ADMIN_ONLY,
  profileOverrides: row('1 override', F, '1 override'),
  profileInForce: row('normal OVERRIDE why=visible', 'normal OVERRIDE why=hidden', 'normal OVERRIDE why=visible'),
  profileTimeline: row('rush,normal,rush why=visible', 'rush,normal,rush why=hidden', 'rush,normal,rush why=visible'),
};

describe('access to scorecards and profile overrides', () => {
  let app: TestApp;
  const auth = new Map<Who, Auth>();

  beforeAll(async () => {
    app = await startTestApp();
    const team = await app.createTeam();
    const agent = await app.createAgent({ team });
    auth.set('admin', app.admin);
    auth.set('supervisor', await app.createUser('supervisor', { teams: [team] }));
    auth.set('agent', await app.createUser('agent', { agent }));
    auth.set('hr', await app.createUser('hr'));
    auth.set('auditor', await app.createUser('auditor'));
    auth.set('integration:read', await app.createApiKey(['read']));
    auth.set('integration:ingest', await app.createApiKey(['ingest']));
    auth.set('anonymous', undefined);
    // pub: published v1 and a draft v2; wip: a draft only; sandbox: the one admin mutations act on
    for (const key of ['pub', 'wip', 'sandbox']) await asAdmin('mutation ($s: String!) { createScorecard(source: $s) { id } }', { s: source(key) });
    await asAdmin('mutation { publishScorecard(key: "pub", effectiveFrom: "2021-01-01") { version } }');
    await asAdmin('mutation { publishScorecard(key: "sandbox", effectiveFrom: "2021-01-01") { version } }');
    await asAdmin('mutation ($s: String!) { saveScorecardDraft(key: "pub", source: $s) { version } }', { s: source('pub', 'next') });
    await asAdmin(`mutation { setProfileOverride(scorecard: "pub", profile: "normal", from: "2021-03-10", to: "2021-03-11",
      reason: "why") { id } }`);
  });

  afterAll(async () => {
    await app?.close();
  });

  async function asAdmin<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await app.gql<T>(query, variables, app.admin);
    if (result.errors) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  const draftOnSandbox = (index: number) =>
    asAdmin('mutation ($s: String!) { saveScorecardDraft(key: "sandbox", source: $s) { version } }', { s: source('sandbox', `edit ${index}`) });

  const OPERATIONS: Record<string, Operation> = {
    validateScorecard: {
      request: async () => ({ query: 'query ($s: String!) { validateScorecard(source: $s) { code } }', variables: { s: source('x') } }),
    },
    scorecards: {
      request: async () => ({ query: '{ scorecards { key } }' }),
      observe: (data) => (data.scorecards as { key: string }[]).map((s) => s.key).filter((k) => k !== 'sandbox' && !k.startsWith('made')).join(','),
    },
    'scorecard(key) drafts': {
      request: async () => ({ query: '{ scorecard(key: "pub") { versions { version } draft { version } } }' }),
      observe: (data) => {
        const card = data.scorecard as { versions: { version: number }[]; draft: { version: number } | null };
        return `${card.versions.map((v) => `v${v.version}`).join(',')} draft=${card.draft?.version ?? 'none'}`;
      },
    },
    'scorecard(key) never published': {
      request: async () => ({ query: '{ scorecard(key: "wip") { key } }' }),
      observe: (data) => (data.scorecard ? 'found' : 'null'),
    },
    allScorecards: {
      request: async () => ({ query: '{ allScorecards(filter: { ids: ["1", "2"] }) { key } _allScorecardsMeta(filter: { ids: ["1", "2"] }) { count } }' }),
      observe: (data) => `${(data.allScorecards as unknown[]).length} of ${(data._allScorecardsMeta as { count: number }).count}`,
    },
    createScorecard: {
      request: async (_who, index) => ({ query: 'mutation ($s: String!) { createScorecard(source: $s) { key } }', variables: { s: source(`made${index}`) } }),
    },
    saveScorecardDraft: {
      request: async (_who, index) => ({
        query: 'mutation ($s: String!) { saveScorecardDraft(key: "sandbox", source: $s) { version } }', variables: { s: source('sandbox', `save ${index}`) },
      }),
    },
    publishScorecard: {
      request: async (_who, index) => {
        await draftOnSandbox(index);
        return { query: 'mutation { publishScorecard(key: "sandbox", effectiveFrom: "2021-02-01") { version } }' };
      },
    },
    retireScorecardVersion: {
      request: async (_who, index) => {
        await draftOnSandbox(index);
        const { publishScorecard } = await asAdmin<{ publishScorecard: { version: number } }>(
          'mutation { publishScorecard(key: "sandbox", effectiveFrom: "2021-02-01") { version } }');
        return { query: `mutation { retireScorecardVersion(key: "sandbox", version: ${publishScorecard.version}) { status } }` };
      },
    },
    discardScorecardDraft: {
      request: async (_who, index) => {
        await draftOnSandbox(index);
        return { query: 'mutation { discardScorecardDraft(key: "sandbox") }' };
      },
    },
    setProfileOverride: {
      request: async (_who, index) => ({
        query: `mutation ($from: String!, $to: String!) { setProfileOverride(scorecard: "sandbox", profile: "rush", from: $from, to: $to,
          reason: "cell") { id } }`,
        variables: { from: `2021-06-${10 + index}`, to: `2021-06-${10 + index}T12:00` },
      }),
    },
    clearProfileOverride: {
      request: async (_who, index) => {
        const { setProfileOverride } = await asAdmin<{ setProfileOverride: { id: string } }>(
          `mutation ($from: String!, $to: String!) { setProfileOverride(scorecard: "sandbox", profile: "rush", from: $from, to: $to,
            reason: "to clear") { id } }`, { from: `2021-07-${10 + index}`, to: `2021-07-${10 + index}T12:00` });
        return { query: 'mutation ($id: ID!) { clearProfileOverride(id: $id) { id } }', variables: { id: setProfileOverride.id } };
      },
    },
    profileOverrides: {
      request: async () => ({ query: '{ profileOverrides(scorecard: "pub") { id reason } }' }),
      observe: (data) => `${(data.profileOverrides as unknown[]).length} override`,
    },
    profileInForce: {
      request: async () => ({ query: '{ profileInForce(scorecard: "pub", at: "2021-03-10T10:00") { profile source override { reason } } }' }),
      observe: (data) => {
        const decision = data.profileInForce as { profile: string; source: string; override: { reason: string } | null };
        return `${decision.profile} ${decision.source} why=${decision.override?.reason === 'why' ? 'visible' : 'hidden'}`;
      },
    },
    profileTimeline: {
      request: async () => ({ query: '{ profileTimeline(scorecard: "pub", from: "2021-03-09", to: "2021-03-11") { stretches { profile reason } } }' }),
      observe: (data) => {
        const stretches = (data.profileTimeline as { stretches: { profile: string; reason: string | null }[] }).stretches;
        return `${stretches.map((s) => s.profile).join(',')} why=${stretches.some((s) => s.reason === 'why') ? 'visible' : 'hidden'}`;
      },
    },
  };

  function outcome(result: GqlResult, operation: Operation): string {
    if (result.errors?.length) return String(result.errors[0].extensions?.code);
    return operation.observe ? operation.observe(result.data as Record<string, unknown>) : 'ok';
  }

  const cells = Object.entries(EXPECTED).flatMap(([name, byWho]) => WHO.map((who) => [name, who, byWho[who]] as const));

  it('has a cell for every operation and caller', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(cells).toHaveLength(Object.keys(EXPECTED).length * WHO.length);
  });

  it.each(cells)('%s as %s: %s', async (name, who, expected) => {
    const operation = OPERATIONS[name];
    const { query, variables } = await operation.request(who, WHO.indexOf(who));
    expect(outcome(await app.gql(query, variables, auth.get(who)), operation)).toBe(expected);
  });
});
