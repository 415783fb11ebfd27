import { SnapshotStore } from '../../../../apps/api/src/modules/scoring/snapshot-store';
import { errorCodes, type LooseData } from '../support/app';
import { startDemoApp, type DemoApp } from './support/demo-app';

// `scores`, `teamScores`, `explainScore` and `simulate` over HTTP on the demo organisation (March 2021 straddles
// the demo's scheduled "双11大促" week, 8–14 March).

// seeding and PostgreSQL take seconds on a busy machine: hooks and tests get more than jest's default 5 s
jest.setTimeout(120_000);

const NODE = 'agent { id externalId name team { id name } } score rank teamRank eligible profile records kpis { key label value weight } metrics { key label value unit } targets { metric op target actual met gap }';
const SCORES = `query ($period: PeriodInput!, $first: Int, $after: String, $profile: String, $version: Int, $team: ID) {
  scores(scorecard: "frontline", period: $period, first: $first, after: $after, profile: $profile, version: $version, team: $team) {
    totalCount version period { from to } computedAt pageInfo { hasNextPage endCursor }
    segments { from to profile source records overrideId overrideReason }
    edges { cursor node { ${NODE} } }
  }
}`;
const MARCH = { month: '2021-03' };

/** Every table's rows as one digest: a request that stores nothing leaves it unchanged. */
async function digest(demo: DemoApp): Promise<Record<string, string>> {
  const tables: { name: string }[] = await demo.db.dataSource.query(
    "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await demo.db.dataSource.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${name} t`);
    out[name] = `${row.n}:${row.h}`;
  }
  return out;
}

describe('scores over HTTP', () => {
  let demo: DemoApp;
  let admin: { token: string };
  let source: string;

  beforeAll(async () => {
    demo = await startDemoApp();
    admin = { token: demo.tokens.admin };
    source = (await demo.gql('{ scorecard(key: "frontline") { inForce(day: "2021-03-31") { source } } }', {}, admin)).data!.scorecard.inForce.source;
  });

  afterAll(async () => {
    await demo?.close();
  });

  const scores = async (variables: Record<string, unknown>, auth: { token: string } = admin) => {
    const result = await demo.gql(SCORES, { period: MARCH, ...variables }, auth);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.scores;
  };

  it('scores March in three segments: default, the scheduled promotion week, default', async () => {
    const march = await scores({});
    expect(march.period).toEqual({ from: '2021-03-01', to: '2021-03-31' });
    expect(march.segments.map((s: { from: string; to: string; profile: string; source: string }) => `${s.from}..${s.to} ${s.profile} ${s.source}`)).toEqual([
      '2021-03-01..2021-03-07 normal DEFAULT', '2021-03-08..2021-03-14 double11 SCHEDULE', '2021-03-15..2021-03-31 normal DEFAULT',
    ]);
    expect(march.edges[0].node).toMatchObject({ rank: 1, eligible: true, profile: 'normal+double11+normal' });
    expect(march.edges[0].node.metrics[0]).toEqual({ key: 'handled', label: null, value: expect.any(Number), unit: 'count' });
    expect(march.edges[0].node.kpis.find((k: { key: string }) => k.key === 'csat_score').label).toBe('满意度');
    expect(march.computedAt).toMatch(/^2\d{3}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('pages through agents by rank with opaque cursors', async () => {
    const all = await scores({ first: 100 });
    const pages = [];
    let after: string | null = null;
    do {
      const page = await scores({ first: 3, after });
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages.map((p) => p.edges.length)).toEqual([3, 3, 2]);
    expect(pages.every((p) => p.totalCount === 8)).toBe(true);
    expect(pages.flatMap((p) => p.edges.map((e: { node: { agent: { externalId: string } } }) => e.node.agent.externalId)))
      .toEqual(all.edges.map((e: { node: { agent: { externalId: string } } }) => e.node.agent.externalId));
    const ranks = all.edges.map((e: { node: { rank: number | null } }) => e.node.rank);
    const ranked = ranks.filter((r: number | null) => r !== null);
    expect(ranked).toEqual([...ranked].sort((a: number, b: number) => a - b));
    expect(ranks.slice(ranked.length).every((r: number | null) => r === null)).toBe(true);
    const beyond = await scores({ first: 3, after: all.edges[7].cursor });
    expect(beyond).toMatchObject({ edges: [], totalCount: 8, pageInfo: { hasNextPage: false, endCursor: null } });
    const second = await demo.gql(`query ($after: String) { scores(scorecard: "frontline", period: { month: "2021-03" }, first: 3, after: $after) {
      pageInfo { hasPreviousPage startCursor } edges { cursor } } }`, { after: pages[0].pageInfo.endCursor }, admin);
    expect(second.data!.scores.pageInfo).toEqual({ hasPreviousPage: true, startCursor: second.data!.scores.edges[0].cursor });
  });

  it('stores the scores once and reads them back unchanged', async () => {
    const first = await scores({ first: 100 });
    const again = await scores({ first: 100 });
    expect(again.computedAt).toBe(first.computedAt);
    expect(again.edges).toEqual(first.edges);
    const [run] = await demo.db.dataSource.query("SELECT count(*)::int AS n FROM snapshot_runs WHERE profile = '' AND period_from = '2021-03-01' AND period_to = '2021-03-31'");
    expect(run.n).toBe(1);
  });

  it('scores with a profile asked for over the whole period, stored apart', async () => {
    const asked = await scores({ profile: 'double11', first: 100 });
    expect(asked.segments).toEqual([{ from: '2021-03-01', to: '2021-03-31', profile: 'double11', source: 'EXPLICIT', records: 1612, overrideId: null, overrideReason: null }]);
    const scheduled = await scores({ first: 100 });
    expect(asked.edges[0].node.score).not.toBe(scheduled.edges[0].node.score);
    expect(asked.edges.every((e: { node: { profile: string } }) => e.node.profile === 'double11')).toBe(true);
  });

  it('reports bad requests with the field at fault', async () => {
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ period: { month: '2021-03', day: '2021-03-02' } }, 'BAD_USER_INPUT', 'period'],
      [{ period: { month: 'March' } }, 'BAD_USER_INPUT', 'period.month'],
      [{ first: 0 }, 'BAD_USER_INPUT', 'first'],
      [{ first: 1001 }, 'BAD_USER_INPUT', 'first'],
      [{ after: 'not-a-cursor' }, 'BAD_USER_INPUT', 'after'],
      [{ team: 'x' }, 'BAD_USER_INPUT', 'team'],
      [{ profile: 'nope' }, 'PROFILE_UNKNOWN'],
      [{ profile: ' ' }, 'BAD_USER_INPUT', 'profile'],
      [{ version: 7 }, 'NOT_FOUND'],
      [{ period: { month: '2020-12' } }, 'SCORECARD_NO_VERSION_IN_FORCE'],
    ];
    for (const [variables, code, path] of cases) {
      const result = await demo.gql(SCORES, { period: MARCH, ...variables }, admin);
      expect({ variables, codes: errorCodes(result) }).toEqual({ variables, codes: [code] });
      if (path) expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path })]);
    }
    const unknown = await demo.gql('{ scores(scorecard: "nope", period: { month: "2021-03" }) { totalCount } }', {}, admin);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('pools teams over all their records and summarises their agents\' scores', async () => {
    const all = await scores({ first: 100 });
    const result = await demo.gql(`{ teamScores(scorecard: "frontline", period: { month: "2021-03" }) {
      teams { team { name } agents scoredAgents meanScore medianScore score rank eligible kpis { key } metrics { key value unit } }
      organisation { key value } } }`, {}, admin);
    expect(result.errors).toBeUndefined();
    const { teams, organisation } = result.data!.teamScores;
    expect(teams.map((t: { team: { name: string } }) => t.team.name)).toEqual(['North', 'South']);
    for (const team of teams) {
      const members = all.edges.map((e: { node: LooseData }) => e.node).filter((n: LooseData) => n.agent.team.name === team.team.name);
      const handled = (n: LooseData) => n.metrics.find((m: { key: string }) => m.key === 'handled').value;
      expect(team.metrics.find((m: { key: string }) => m.key === 'handled').value).toBe(members.reduce((sum: number, n: LooseData) => sum + handled(n), 0));
      const scored = members.map((n: LooseData) => n.score).filter((s: number | null) => s !== null).sort((a: number, b: number) => a - b);
      expect(team).toMatchObject({ agents: 4, scoredAgents: scored.length, score: null, rank: null, eligible: false, kpis: [] });
      expect(team.meanScore).toBeCloseTo(scored.reduce((a: number, b: number) => a + b, 0) / scored.length, 10);
      expect(team.medianScore).toBeCloseTo(scored.length % 2 ? scored[scored.length >> 1] : (scored[scored.length / 2 - 1] + scored[scored.length / 2]) / 2, 10);
    }
    expect(organisation.find((m: { key: string }) => m.key === 'handled').value).toBe(1612);
  });

  it('explains an agent\'s score with the engine\'s tree', async () => {
    const all = await scores({ first: 100 });
    const becky = all.edges.find((e: { node: { agent: { externalId: string } } }) => e.node.agent.externalId === 'Becky').node;
    const result = await demo.gql(`query ($agent: ID!) { explainScore(scorecard: "frontline", agent: $agent, period: { month: "2021-03" }) {
      scorecard version period { from to } agent { externalId team { name } } score rank profile tree text } }`, { agent: becky.agent.id }, admin);
    expect(result.errors).toBeUndefined();
    const explained = result.data!.explainScore;
    expect(explained).toMatchObject({ scorecard: 'frontline', version: 1, score: becky.score, rank: becky.rank, profile: becky.profile, agent: { externalId: 'Becky', team: { name: 'North' } } });
    expect(explained.tree).toMatchObject({ kind: 'score', value: becky.score });
    const kinds = new Set<string>();
    const walk = (node: { kind: string; children: unknown[] }) => { kinds.add(node.kind); node.children.forEach((c) => walk(c as never)); };
    walk(explained.tree);
    expect([...kinds]).toEqual(expect.arrayContaining(['score', 'segment', 'kpi', 'metric', 'aggregate']));
    expect(explained.text).toContain('csat_score');
    expect(explained.text.split('\n')[0]).toMatch(/^score /);
  });

  it('simulates a changed source against stored history without storing anything', async () => {
    await scores({});
    // scores are answered before they are stored: let the store finish so only simulate could change the digest
    await demo.app.get(SnapshotStore).idle();
    const before = await digest(demo);
    const draft = source.replace('answer_score: 20%, resolution_score: 25%, csat_score: 25%', 'answer_score: 45%, resolution_score: 25%, csat_score: 0%');
    expect(draft).not.toBe(source);
    const result = await demo.gql(`query ($source: String!) { simulate(source: $source, period: { month: "2021-03" }) {
      scorecard publishedVersion period { from to } segments { profile source } diagnostics { code }
      scores { agent { externalId } publishedScore publishedRank publishedEligible draftScore draftRank draftEligible scoreChange rankChange } } }`,
    { source: draft }, admin);
    expect(result.errors).toBeUndefined();
    const simulation = result.data!.simulate;
    expect(simulation).toMatchObject({ scorecard: 'frontline', publishedVersion: 1, diagnostics: [] });
    expect(simulation.segments.map((s: { profile: string; source: string }) => `${s.profile} ${s.source}`)).toEqual(['normal DEFAULT', 'double11 SCHEDULE', 'normal DEFAULT']);
    const published = new Map<string, LooseData>((await scores({ first: 100 })).edges.map((e: { node: LooseData }) => [e.node.agent.externalId, e.node]));
    expect(simulation.scores).toHaveLength(8);
    let changed = 0;
    for (const row of simulation.scores) {
      const stored = published.get(row.agent.externalId)!;
      expect([row.publishedScore, row.publishedRank, row.publishedEligible]).toEqual([stored.score, stored.rank, stored.eligible]);
      if (row.draftScore !== null && row.publishedScore !== null) {
        expect(row.scoreChange).toBeCloseTo(row.draftScore - row.publishedScore, 9);
        expect(row.rankChange).toBe(row.publishedRank - row.draftRank);
        if (row.scoreChange !== 0) changed++;
      }
    }
    expect(changed).toBeGreaterThan(0);
    const ranks = simulation.scores.map((r: { draftRank: number | null }) => r.draftRank).filter((r: number | null) => r !== null);
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b));
    expect(await digest(demo)).toEqual(before);
  });

  it('simulates an unchanged source as no change at all', async () => {
    const result = await demo.gql(`query ($source: String!) { simulate(source: $source, period: { month: "2021-03" }) { scores { scoreChange rankChange draftScore publishedScore } } }`,
      { source }, admin);
    for (const row of result.data!.simulate.scores) {
      expect(row.draftScore).toBe(row.publishedScore);
      if (row.draftScore !== null) expect([row.scoreChange, row.rankChange]).toEqual([0, 0]);
    }
  });

  it('refuses to simulate a source with errors, with its diagnostics', async () => {
    const broken = source.replace('kpi resolution_score "解决率" = resolution * 100', 'kpi resolution_score "解决率" = resolutoin * 100');
    const result = await demo.gql('query ($source: String!) { simulate(source: $source, period: { month: "2021-03" }) { scorecard } }', { source: broken }, admin);
    expect(errorCodes(result)).toEqual(['SCORECARD_INVALID']);
    const diagnostics = result.errors![0].extensions!.diagnostics as { code: string; suggestion: string | null; span: { start: { line: number } } }[];
    expect(diagnostics).toEqual([expect.objectContaining({ code: expect.stringMatching(/^YS/), suggestion: 'resolution' })]);
    const none = await demo.gql('query { simulate(source: "# nothing here", period: { month: "2021-03" }) { scorecard } }', {}, admin);
    expect(errorCodes(none)).toEqual(['SCORECARD_INVALID']);
  });

  it('simulates a new scorecard with nothing published to compare with', async () => {
    const fresh = source.replace('scorecard frontline "一线客服"', 'scorecard frontline_v2 "一线客服 v2"');
    const result = await demo.gql(`query ($source: String!) { simulate(source: $source, period: { month: "2021-03" }) {
      scorecard publishedVersion scores { publishedScore publishedRank draftScore scoreChange } } }`, { source: fresh }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.simulate).toMatchObject({ scorecard: 'frontline_v2', publishedVersion: null });
    expect(result.data!.simulate.scores.every((r: { publishedScore: null; scoreChange: null }) => r.publishedScore === null && r.scoreChange === null)).toBe(true);
    expect(result.data!.simulate.scores.some((r: { draftScore: number | null }) => r.draftScore !== null)).toBe(true);
  });

  it('scores teams for a team scorecard: teamScores ranks them, scores refuses', async () => {
    const teamSource = `scorecard team_desk "Team desk" {
  period month
  subject team
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  kpi csat_score "满意度" = csat * 100
  kpi volume = min(handled / 10, 100)
  target csat >= 50%
  profile normal default { csat_score: 60%, volume: 40% }
}`;
    const created = await demo.gql('mutation ($s: String!) { createScorecard(source: $s) { key } }', { s: teamSource }, admin);
    expect(created.errors).toBeUndefined();
    expect((await demo.gql('mutation { publishScorecard(key: "team_desk", effectiveFrom: "2021-01-01") { version } }', {}, admin)).errors).toBeUndefined();
    const result = await demo.gql(`{ teamScores(scorecard: "team_desk", period: { month: "2021-03" }) {
      teams { team { name } score rank eligible agents meanScore kpis { key label value weight } targets { metric met } metrics { key value } } } }`, {}, admin);
    expect(result.errors).toBeUndefined();
    const teams = result.data!.teamScores.teams;
    expect(teams.map((t: LooseData) => t.rank).sort()).toEqual([1, 2]);
    for (const team of teams) {
      expect(team).toMatchObject({ eligible: true, agents: 0, meanScore: null });
      const csat = team.metrics.find((m: LooseData) => m.key === 'csat').value;
      const handled = team.metrics.find((m: LooseData) => m.key === 'handled').value;
      expect(team.kpis.map((k: LooseData) => [k.key, k.label, k.weight])).toEqual([['csat_score', '满意度', 0.6], ['volume', null, 0.4]]);
      expect(team.score).toBeCloseTo(0.6 * csat * 100 + 0.4 * Math.min(handled / 10, 100), 9);
      expect(team.targets).toEqual([{ metric: 'csat', met: csat >= 0.5 }]);
    }
    const refused = await demo.gql('{ scores(scorecard: "team_desk", period: { month: "2021-03" }) { totalCount } }', {}, admin);
    expect(errorCodes(refused)).toEqual(['SCORE_SUBJECT_MISMATCH']);
  });

  it('shows an override in the segments, its reason to those who may read overrides', async () => {
    const set = await demo.gql(`mutation { setProfileOverride(scorecard: "frontline", profile: "double11", from: "2021-03-20", to: "2021-03-22",
      reason: "spring storm") { id } }`, {}, admin);
    expect(set.errors).toBeUndefined();
    const segments = async (token: string) => (await demo.gql(SCORES, { period: MARCH, first: 1 }, { token })).data!.scores.segments
      .map((s: LooseData) => `${s.from} ${s.profile} ${s.source} ${s.overrideId ?? '-'} ${s.overrideReason ?? '-'}`);
    expect(await segments(demo.tokens.admin)).toEqual([
      '2021-03-01 normal DEFAULT - -', '2021-03-08 double11 SCHEDULE - -', '2021-03-15 normal DEFAULT - -',
      `2021-03-20 double11 OVERRIDE ${set.data!.setProfileOverride.id} spring storm`, '2021-03-22 normal DEFAULT - -',
    ]);
    expect((await segments(demo.tokens.becky))[3]).toBe('2021-03-20 double11 OVERRIDE - -');
    await demo.gql('mutation ($id: ID!) { clearProfileOverride(id: $id) { id } }', { id: set.data!.setProfileOverride.id }, admin);
    expect(await segments(demo.tokens.admin)).toHaveLength(3);
  });
});
