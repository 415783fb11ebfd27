import { errorCodes, type LooseData } from '../support/app';
import { startDemoApp, type DemoApp } from './support/demo-app';

// groupScores (docs/service.md, "Scoring"): a scorecard with `subject group` scores each group (site or vendor)
// on the pooled records of its teams. On the demo: team North stays in the site "Demo call centre", team South
// moves to a new vendor "Outsourced South"; the supervisor leads North, so reads the site and not the vendor.

// seeding and PostgreSQL take seconds on a busy machine: hooks and tests get more than jest's default 5 s
jest.setTimeout(120_000);

const SITES = `scorecard sites "Sites and vendors" {
  period month
  subject group
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  kpi csat_score "满意度" = csat * 100
  kpi volume = handled / 10
  profile normal default { csat_score: 50%, volume: 50% }
}`;

const GROUPS = `query ($group: ID) { groupScores(scorecard: "sites", period: { month: "2021-03" }, group: $group) {
  version segments { profile } groups { group { id name kind } score rank eligible records kpis { key label value weight } metrics { key value unit } } } }`;

type Who = 'admin' | 'supervisor' | 'becky' | 'hr' | 'auditor' | 'readKey' | 'ingestKey' | 'nobody';

describe('groupScores: scores of sites and vendors', () => {
  let demo: DemoApp;
  let auth: Record<Who, { token: string } | { apiKey: string } | undefined>;
  let groups: Record<string, string>;
  const admin = () => ({ token: demo.tokens.admin });

  beforeAll(async () => {
    demo = await startDemoApp();
    const key = async (scopes: string[]) => (await demo.gql(`mutation ($s: [String!]!) { createApiKey(name: "g-${scopes.join('+')}", scopes: $s) { key } }`,
      { s: scopes }, admin())).data!.createApiKey.key as string;
    auth = {
      admin: admin(), supervisor: { token: demo.tokens.supervisor }, becky: { token: demo.tokens.becky }, hr: { token: demo.tokens.hr },
      auditor: { token: demo.tokens.auditor }, readKey: { apiKey: await key(['read']) }, ingestKey: { apiKey: await key(['ingest']) },
      nobody: undefined,
    };
    const vendor = await demo.gql('mutation { createGroup(name: "Outsourced South", kind: vendor) { id } }', {}, admin());
    expect(vendor.errors).toBeUndefined();
    const org = await demo.gql('{ allTeams { id name } allGroups { id name } }', {}, admin());
    const south = org.data!.allTeams.find((t: { name: string }) => t.name === 'South').id;
    const moved = await demo.gql(`mutation { updateTeam(id: "${south}", groupId: "${vendor.data!.createGroup.id}") { id } }`, {}, admin());
    expect(moved.errors).toBeUndefined();
    groups = Object.fromEntries(org.data!.allGroups.map((g: { id: string; name: string }) => [g.name, g.id]));
    for (const step of [`mutation ($s: String!) { createScorecard(source: $s) { key } }`, 'mutation { publishScorecard(key: "sites", effectiveFrom: "2021-01-01") { version } }']) {
      const result = await demo.gql(step, { s: SITES }, admin());
      expect(result.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('scores each group on the pooled records of its teams, and says what a version scores', async () => {
    const result = await demo.gql(GROUPS, {}, admin());
    expect(result.errors).toBeUndefined();
    const report = result.data!.groupScores;
    expect(report.groups.map((g: { group: { name: string; kind: string } }) => `${g.group.name} ${g.group.kind}`).sort())
      .toEqual(['Demo call centre site', 'Outsourced South vendor']);
    // a group's record count is the sum of its agents' (frontline's `handled` counts every call of an agent)
    const agents = (await demo.gql(`{ scores(scorecard: "frontline", period: { month: "2021-03" }, first: 1000) {
      edges { node { agent { team { name } } metrics { key value } } } } }`, {}, admin())).data!.scores.edges as LooseData[];
    const handled = (team: string) => agents.filter((e) => e.node.agent.team.name === team)
      .reduce((n, e) => n + e.node.metrics.find((m: { key: string }) => m.key === 'handled').value, 0);
    const byName = Object.fromEntries(report.groups.map((g: LooseData) => [g.group.name, g]));
    expect(byName['Demo call centre'].records).toBe(handled('North'));
    expect(byName['Outsourced South'].records).toBe(handled('South'));
    for (const g of report.groups as LooseData[]) {
      const metric = (key: string) => g.metrics.find((m: { key: string }) => m.key === key).value;
      expect(metric('handled')).toBe(g.records);
      // the score is the profile's weights over the group's own kpis: 50% × csat × 100 + 50% × handled / 10
      expect(g.score).toBeCloseTo(0.5 * metric('csat') * 100 + 0.5 * (g.records / 10), 9);
      expect(g.kpis.map((k: { label: string | null }) => k.label)).toEqual(['满意度', null]);
    }
    expect(report.groups.map((g: { rank: number }) => g.rank).sort()).toEqual([1, 2]);
    const versions = await demo.gql('{ a: scorecard(key: "sites") { inForce { subject } } b: scorecard(key: "frontline") { inForce { subject } } }', {}, admin());
    expect(versions.data).toEqual({ a: { inForce: { subject: 'group' } }, b: { inForce: { subject: 'agent' } } });
  });

  it('refuses a scorecard that does not score groups, and scores that scorecard\'s groups nowhere else', async () => {
    const wrong = await demo.gql('{ groupScores(scorecard: "frontline", period: { month: "2021-03" }) { groups { score } } }', {}, admin());
    expect(errorCodes(wrong)).toEqual(['SCORE_SUBJECT_MISMATCH']);
    const agents = await demo.gql('{ scores(scorecard: "sites", period: { month: "2021-03" }) { totalCount } }', {}, admin());
    expect(errorCodes(agents)).toEqual(['SCORE_SUBJECT_MISMATCH']);
  });

  describe.each([
    // scope: every group, the site (North only), the vendor (South)
    ['admin', ['2', '1', '1']], ['hr', ['2', '1', '1']], ['auditor', ['2', '1', '1']], ['readKey', ['2', '1', '1']],
    ['supervisor', ['1', '1', 'FORBIDDEN']], ['becky', ['0', '0', '0']],
    ['ingestKey', ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']], ['nobody', ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']],
  ] as [Who, string[]][])('as %s', (who, expected) => {
    it.each([['every group', null, 0], ['the site', 'Demo call centre', 1], ['the vendor', 'Outsourced South', 2]] as const)('%s', async (_scope, group, i) => {
      const result = await demo.gql(GROUPS, { group: group && groups[group] }, auth[who]);
      const shown = result.errors ? errorCodes(result)[0] : String(result.data!.groupScores.groups.length);
      expect(shown).toBe(expected[i]);
      if (who === 'supervisor' && !result.errors) expect(result.data!.groupScores.groups[0].group.name).toBe('Demo call centre');
    });
  });
});
