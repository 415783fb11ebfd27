import { errorCodes } from '../support/app';
import { startDemoApp, type DemoApp } from './support/demo-app';

// `interactions` (docs/service.md, "Records behind an explanation") over HTTP on the demo organisation: the records
// one aggregate used are exactly as many as the explanation tree says, listed by occurred_at in the org's zone,
// and who may read them follows explainScore's rule.

// seeding and PostgreSQL take seconds on a busy machine: hooks and tests get more than jest's default 5 s
jest.setTimeout(120_000);

interface Node { kind: string; text?: string; records?: number; children: Node[] }

const EXPLAIN = `query ($agent: ID!, $period: PeriodInput!) { explainScore(scorecard: "frontline", agent: $agent, period: $period) { tree } }`;
const RECORDS = `query ($agent: ID!, $period: PeriodInput!, $scorecard: String, $aggregate: String, $first: Int, $after: String) {
  interactions(agent: $agent, period: $period, scorecard: $scorecard, aggregate: $aggregate, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id source externalId occurredAt team channel rating resolved handleSeconds custom } } } }`;

/**
 * Each aggregate's record count per stretch of the tree: its segments (`from..to`, each scored on its own, and an
 * aggregate read only by a kpi another profile weighs shows under that segment only), or the whole period.
 */
function aggregateCounts(tree: Node, period: Record<string, string>): { period: Record<string, string>; counts: Map<string, number> }[] {
  const segments = tree.children.filter((c) => c.kind === 'segment');
  const parts = segments.length > 0
    ? segments.map((s) => { const [from, to] = s.text!.split('..'); return { node: s, period: { from, to } }; })
    : [{ node: tree, period }];
  return parts.map(({ node, period: stretch }) => {
    const counts = new Map<string, number>();
    const walk = (n: Node) => {
      if (n.kind === 'aggregate' && n.text !== undefined && !counts.has(n.text)) counts.set(n.text, n.records ?? 0);
      n.children.forEach(walk);
    };
    walk(node);
    return { period: stretch, counts };
  });
}

describe('interactions: the records behind an aggregate', () => {
  let demo: DemoApp;
  let agents: Record<string, string>;
  const admin = () => ({ token: demo.tokens.admin });

  beforeAll(async () => {
    demo = await startDemoApp();
    const org = await demo.gql('{ allAgents(perPage: 100) { id externalId } }', {}, admin());
    agents = Object.fromEntries(org.data!.allAgents.map((a: { id: string; externalId: string }) => [a.externalId, a.id]));
  });

  afterAll(async () => {
    await demo?.close();
  });

  it.each([['March (segments around the 双11大促 week)', { month: '2021-03' }], ['one week', { from: '2021-03-15', to: '2021-03-21' }]] as [string, Record<string, string>][])(
    'lists as many records as the tree counts for every aggregate: %s', async (_name, period) => {
      const explained = await demo.gql(EXPLAIN, { agent: agents.Becky, period }, admin());
      expect(explained.errors).toBeUndefined();
      const parts = aggregateCounts(explained.data!.explainScore.tree as Node, period);
      expect(parts.length > 1).toBe(period.month !== undefined);
      let differs = false;
      for (const part of parts) {
        expect(part.counts.size).toBeGreaterThan(1);
        const all = await demo.gql(RECORDS, { agent: agents.Becky, period: part.period, first: 1000 }, admin());
        expect(all.errors).toBeUndefined();
        for (const [aggregate, n] of part.counts) {
          const result = await demo.gql(RECORDS, { agent: agents.Becky, period: part.period, scorecard: 'frontline', aggregate, first: 1 }, admin());
          expect(result.errors).toBeUndefined();
          expect([aggregate, result.data!.interactions.totalCount]).toEqual([aggregate, n]);
          expect(n).toBeLessThanOrEqual(all.data!.interactions.totalCount);
          if (n !== all.data!.interactions.totalCount) differs = true;
        }
      }
      // at least one aggregate filters (a `where` or a condition), so the test would see a filter ignored
      expect(differs).toBe(true);
    });

  it('lists by occurred_at in the org zone and pages with cursors', async () => {
    const period = { from: '2021-03-15', to: '2021-03-21' };
    const all = (await demo.gql(RECORDS, { agent: agents.Becky, period, first: 1000 }, admin())).data!.interactions;
    expect(all.totalCount).toBeGreaterThan(3);
    const times = all.edges.map((e: { node: { occurredAt: string } }) => e.node.occurredAt);
    expect(times.every((t: string) => /^2021-03-(1[5-9]|2[01])T\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/.test(t))).toBe(true);
    expect([...times].sort((a, b) => Date.parse(a) - Date.parse(b))).toEqual(times);
    expect(all.edges[0].node).toMatchObject({ team: 'North', source: expect.any(String), externalId: expect.any(String) });
    const first = (await demo.gql(RECORDS, { agent: agents.Becky, period, first: 2 }, admin())).data!.interactions;
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = (await demo.gql(RECORDS, { agent: agents.Becky, period, first: 2, after: first.pageInfo.endCursor }, admin())).data!.interactions;
    expect(next.pageInfo.hasPreviousPage).toBe(true);
    expect([...first.edges, ...next.edges].map((e: { node: { id: string } }) => e.node.id))
      .toEqual(all.edges.slice(0, 4).map((e: { node: { id: string } }) => e.node.id));
  });

  it('names the fields the aggregate reads, so the console shows those columns', async () => {
    const fields = `query ($aggregate: String) { interactions(agent: "${agents.Becky}", period: { month: "2021-03" }, scorecard: "frontline",
      aggregate: $aggregate, first: 1) { fields edges { node { waitSeconds rating } } } }`;
    const of = async (aggregate: string) => (await demo.gql(fields, { aggregate }, admin())).data!.interactions.fields;
    await expect(of('count(rating >= 4)')).resolves.toEqual(['rating']);
    await expect(of('count(wait_seconds <= 30s)')).resolves.toEqual(['wait_seconds']);
    await expect(of('count()')).resolves.toEqual([]);
  });

  it('refuses an unknown aggregate, half an aggregate choice and a bad page size', async () => {
    const period = { month: '2021-03' };
    const call = (extra: Record<string, unknown>) => demo.gql(RECORDS, { agent: agents.Becky, period, ...extra }, admin());
    expect(errorCodes(await call({ scorecard: 'frontline', aggregate: 'count(nothing)' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await call({ scorecard: 'frontline' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await call({ first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await call({ after: 'bogus' }))).toEqual(['BAD_USER_INPUT']);
  });

  describe('access', () => {
    type Who = 'admin' | 'supervisor' | 'becky' | 'hr' | 'auditor' | 'readKey' | 'ingestKey' | 'nobody';
    let auth: Record<Who, { token: string } | { apiKey: string } | undefined>;

    beforeAll(async () => {
      const key = async (scopes: string[]) => (await demo.gql(`mutation ($s: [String!]!) { createApiKey(name: "rec-${scopes.join('+')}", scopes: $s) { key } }`,
        { s: scopes }, admin())).data!.createApiKey.key as string;
      auth = {
        admin: admin(), supervisor: { token: demo.tokens.supervisor }, becky: { token: demo.tokens.becky }, hr: { token: demo.tokens.hr },
        auditor: { token: demo.tokens.auditor }, readKey: { apiKey: await key(['read']) }, ingestKey: { apiKey: await key(['ingest']) },
        nobody: undefined,
      };
    });

    it.each([
      // Becky (North), Jim (South), an id that does not exist
      ['admin', ['ok', 'ok', 'NOT_FOUND']], ['hr', ['ok', 'ok', 'NOT_FOUND']], ['auditor', ['ok', 'ok', 'NOT_FOUND']],
      ['readKey', ['ok', 'ok', 'NOT_FOUND']], ['supervisor', ['ok', 'FORBIDDEN', 'FORBIDDEN']], ['becky', ['ok', 'FORBIDDEN', 'FORBIDDEN']],
      ['ingestKey', ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']], ['nobody', ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']],
    ] as [Who, string[]][])('as %s', async (who, expected) => {
      const outcomes: string[] = [];
      for (const agent of [agents.Becky, agents.Jim, '999999']) {
        const result = await demo.gql(RECORDS, { agent, period: { month: '2021-03' }, first: 5 }, auth[who]);
        outcomes.push(result.errors ? errorCodes(result)[0] ?? 'no code' : 'ok');
        if (!result.errors) expect(result.data!.interactions.totalCount).toBeGreaterThan(0);
      }
      expect(outcomes).toEqual(expected);
    });
  });
});
