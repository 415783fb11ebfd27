import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../../../apps/api/src/config/paths';
import type { GqlResult } from '../support/app';
import { startDemoApp, type DemoApp } from './support/demo-app';

// The service's scores equal the CLI's to the last bit on the demo data: the demo seed loads the PwC records, the
// roster of apps/cli/demo/agents.csv and apps/api/demo/frontline.kpi; `yardstick score --json` reads the same
// CSV with the same column mapping, the same roster and the same scorecard source. Every agent's score, ranks,
// eligibility, profile, kpis, metrics, targets and alerts must be identical (numbers compared with Object.is).

// seeding and PostgreSQL take seconds on a busy machine: hooks and tests get more than jest's default 5 s
jest.setTimeout(120_000);

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'apps/cli/bin/yardstick.js');
const MAPS = ['occurred_at=datetime', 'wait_seconds=speed_of_answer_s', 'talk_seconds=talk_duration_s', 'rating=satisfaction_rating'];

interface CliResult {
  agent: string; team: string | null; score: number | null; rank: number | null; eligible: boolean; records: number; profile: string;
  kpis: Record<string, number | null>; metrics: Record<string, number | null>;
  targets: { metric: string; op: string; target: number | null; actual: number | null; met: boolean; gap: number | null }[];
  alerts: string[];
}

async function cliScores(period: string, extra: string[] = []): Promise<{ segments: unknown[]; results: CliResult[] }> {
  if (!existsSync(join(REPO_ROOT, 'apps/cli/dist/main.js'))) throw new Error('the CLI is not built: run `npx tsc -b` first');
  const { stdout } = await run(process.execPath, [
    CLI, 'score', 'apps/api/demo/frontline.kpi', '--period', period, '--data', 'apps/api/demo/call_centre_clean.csv',
    '--agents', 'apps/cli/demo/agents.csv', ...MAPS.flatMap((m) => ['--map', m]), '--json', ...extra,
  ], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout);
}

const SCORES = `query ($period: PeriodInput!) {
  scores(scorecard: "frontline", period: $period, first: 1000) {
    totalCount version period { from to } computedAt
    segments { from to start end profile source records }
    edges { node {
      agent { id externalId name team { name } } score rank teamRank eligible profile records
      kpis { key label value weight } metrics { key value unit } targets { metric op target actual met gap } alerts
    } }
  }
}`;

type Segment = { from: string; to: string; start: string; end: string; profile: string; records: number };

/** The service's connection equals the CLI's report, segment by segment and agent by agent (Object.is on numbers). */
function expectSame(cli: { segments: unknown[]; results: CliResult[] }, service: GqlResult) {
  expect(service.errors).toBeUndefined();
  const connection = service.data!.scores;
  expect(connection.version).toBe(1);
  const bounds = (s: Segment) => [s.from, s.to, s.start, s.end, s.profile, s.records];
  expect(connection.segments.map(bounds)).toEqual((cli.segments as Segment[]).map(bounds));
  expect(connection.totalCount).toBe(cli.results.length);
  const nodes = connection.edges.map((e: { node: unknown }) => e.node);
  expect(nodes.map((n: { agent: { externalId: string } }) => n.agent.externalId)).toEqual(cli.results.map((r) => r.agent));
  cli.results.forEach((expected, i) => {
    const node = nodes[i];
    expect({
      agent: node.agent.externalId, team: node.agent.team?.name ?? null, score: node.score, rank: node.rank, eligible: node.eligible,
      records: node.records, profile: node.profile,
      kpis: Object.fromEntries(node.kpis.map((k: { key: string; value: number | null }) => [k.key, k.value])),
      metrics: Object.fromEntries(node.metrics.map((m: { key: string; value: number | null }) => [m.key, m.value])),
      targets: node.targets, alerts: node.alerts,
    }).toStrictEqual(expected);
  });
  return nodes;
}

describe('scores over PostgreSQL equal the CLI\'s on the demo data', () => {
  let demo: DemoApp;

  beforeAll(async () => {
    demo = await startDemoApp();
  });

  afterAll(async () => {
    await demo?.close();
  });

  it.each([
    ['2021-01', { month: '2021-01' }],
    ['2021-02', { month: '2021-02' }],
    ['2021-03', { month: '2021-03' }],
    ['2021-Q1', { quarter: '2021-Q1' }],
    ['2021-W10', { week: '2021-W10' }],
    ['2021-03-05..2021-03-10', { from: '2021-03-05', to: '2021-03-10' }],
  ])('for %s, agent by agent', async (cliPeriod, period) => {
    const [cli, service] = await Promise.all([
      cliScores(cliPeriod),
      demo.gql(SCORES, { period }, { token: demo.tokens.admin }),
    ]);
    const nodes = expectSame(cli, service);
    // exact, not close: the same doubles (toStrictEqual uses Object.is on numbers), and there are fractions to compare
    const values = nodes.flatMap((n: { metrics: { value: number | null }[] }) => n.metrics.map((m) => m.value));
    expect(values.some((v: number | null) => v !== null && !Number.isInteger(v))).toBe(true);
    // a month or a quarter has agents with enough calls to be scored (a week has none: eligible needs 100 calls)
    if (!cliPeriod.includes('W') && !cliPeriod.includes('..')) expect(nodes.some((n: { score: number | null }) => n.score !== null)).toBe(true);
  });

  it('with an override switching profile within a day (the CLI\'s --override), and the records of each segment', async () => {
    const SET = `mutation { setProfileOverride(scorecard: "frontline", profile: "double11", from: "2021-02-10T12:00", to: "2021-02-12T18:30",
      reason: "afternoon flash sale") { id } }`;
    const set = await demo.gql(SET, {}, { token: demo.tokens.admin });
    expect(set.errors).toBeUndefined();
    try {
      const [cli, service] = await Promise.all([
        cliScores('2021-02', ['--override', '2021-02-10T12:00..2021-02-12T18:30=double11']),
        demo.gql(SCORES, { period: { month: '2021-02' } }, { token: demo.tokens.admin }),
      ]);
      const nodes = expectSame(cli, service);
      expect(service.data!.scores.segments.map((s: Segment & { source: string }) => `${s.start}..${s.end} ${s.profile} ${s.source}`)).toEqual([
        '2021-02-01T00:00:00..2021-02-10T12:00:00 normal DEFAULT', '2021-02-10T12:00:00..2021-02-12T18:30:00 double11 OVERRIDE',
        '2021-02-12T18:30:00..2021-03-01T00:00:00 normal DEFAULT',
      ]);
      expect(nodes.some((n: { profile: string; score: number | null }) => n.profile === 'normal+double11+normal' && n.score !== null)).toBe(true);
      // the records dialog's query: per segment, as many records as the explanation counts
      const becky = nodes.find((n: { agent: { externalId: string } }) => n.agent.externalId === 'Becky').agent.id as string;
      const explained = await demo.gql(`{ explainScore(scorecard: "frontline", agent: "${becky}", period: { month: "2021-02" }) { tree } }`, {}, { token: demo.tokens.admin });
      const segments = (explained.data!.explainScore.tree as { children: { kind: string; text: string; records: number }[] }).children.filter((c) => c.kind === 'segment');
      expect(segments.map((s) => s.text)).toEqual(['2021-02-01 00:00..2021-02-10 12:00', '2021-02-10 12:00..2021-02-12 18:30', '2021-02-12 18:30..2021-03-01 00:00']);
      const counts = await Promise.all(segments.map((_, segment) => demo.gql(`query ($segment: Int) { interactions(agent: "${becky}", period: { month: "2021-02" },
        scorecard: "frontline", aggregate: "count()", segment: $segment, first: 1) { totalCount } }`, { segment }, { token: demo.tokens.admin })));
      expect(counts.map((c) => c.data!.interactions.totalCount)).toEqual(segments.map((s) => s.records));
      expect(segments[1].records).toBeGreaterThan(0);
    } finally {
      const cleared = await demo.gql(`mutation { clearProfileOverride(id: "${set.data!.setProfileOverride.id}") { id } }`, {}, { token: demo.tokens.admin });
      expect(cleared.errors).toBeUndefined();
    }
  });

  it('ranks within each team as the engine does', async () => {
    const { data } = await demo.gql(SCORES, { period: { month: '2021-03' } }, { token: demo.tokens.admin });
    const nodes = data!.scores.edges.map((e: { node: { agent: { team: { name: string } }; rank: number | null; teamRank: number | null } }) => e.node);
    for (const team of ['North', 'South']) {
      const ranked = nodes.filter((n: { agent: { team: { name: string } }; rank: number | null }) => n.agent.team.name === team && n.rank !== null);
      expect(ranked.map((n: { teamRank: number }) => n.teamRank)).toEqual(ranked.map((_: unknown, i: number) => i + 1));
    }
  });
});
