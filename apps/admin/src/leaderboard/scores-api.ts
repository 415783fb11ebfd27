import type { PeriodInput } from './period-choice';

// The scores query of the api (docs/service.md, scoring) and how the console pages through it. The request function
// is passed in, so specs run these with a fake and the pages with the console's gqlRequest.

export type GqlCall = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface ScoredAgent { id: string; externalId: string; name: string; team: { id: string; name: string } | null }
export interface KpiScore { key: string; label: string | null; value: number | null; weight: number | null }
export interface MetricValue { key: string; label: string | null; value: number | null; unit: string }
export interface TargetOutcome { metric: string; op: string; target: number | null; actual: number | null; met: boolean; gap: number | null }

export interface AgentScore {
  agent: ScoredAgent;
  score: number | null;
  rank: number | null;
  teamRank: number | null;
  eligible: boolean;
  profile: string;
  records: number;
  kpis: KpiScore[];
  metrics: MetricValue[];
  targets: TargetOutcome[];
  alerts: string[];
}

export interface ScoreSegment {
  from: string; to: string; profile: string; source: 'EXPLICIT' | 'OVERRIDE' | 'SCHEDULE' | 'DEFAULT';
  overrideId: string | null; overrideReason: string | null; records: number;
}

export interface ScoresPageMeta {
  totalCount: number;
  scorecard: string;
  version: number;
  period: { from: string; to: string };
  segments: ScoreSegment[];
  computedAt: string | null;
}

interface PageOf<T> extends ScoresPageMeta {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type ScoresPage = PageOf<AgentScore>;

/** What TREND_FIELDS asks for. */
export type TrendScore = Pick<AgentScore, 'agent' | 'score' | 'rank' | 'teamRank' | 'eligible' | 'profile' | 'records'>;

export interface ScoresRequest {
  scorecard: string;
  period: PeriodInput;
  team?: string | null;
  profile?: string | null;
  version?: number | null;
}

export const SCORE_FIELDS = `agent { id externalId name team { id name } } score rank teamRank eligible profile records
  kpis { key label value weight } metrics { key label value unit } targets { metric op target actual met gap } alerts`;

/** The scores query asking for `fields` of each agent's score. */
export const scoresQuery = (fields: string): string => `query Scores($scorecard: String!, $period: PeriodInput!, $team: ID, $profile: String, $version: Int, $first: Int, $after: String) {
  scores(scorecard: $scorecard, period: $period, team: $team, profile: $profile, version: $version, first: $first, after: $after) {
    totalCount scorecard version period { from to } computedAt
    segments { from to profile source overrideId overrideReason records }
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${fields} } }
  }
}`;

export const SCORES_QUERY = scoresQuery(SCORE_FIELDS);

/** Enough for a trend: who, score and ranks. */
export const TREND_FIELDS = 'agent { id externalId name team { id name } } score rank teamRank eligible profile records';

export interface AllScores extends ScoresPageMeta {
  scores: AgentScore[];
  /** more agents matched than `maxRows`: the rest were not fetched */
  truncated: boolean;
}

/** Every page of scores (up to `maxRows` agents), in the api's order: by rank, unranked last. */
export async function fetchAllScores(
  call: GqlCall, request: ScoresRequest, options: { pageSize?: number; maxRows?: number } = {},
): Promise<AllScores> {
  const pageSize = options.pageSize ?? 1000;
  const maxRows = options.maxRows ?? 20_000;
  const scores: AgentScore[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: { scores: ScoresPage } = await call<{ scores: ScoresPage }>(SCORES_QUERY, {
      ...request, team: request.team ?? null, profile: request.profile ?? null, version: request.version ?? null,
      first: pageSize, after,
    });
    const page: ScoresPage = answer.scores;
    scores.push(...page.edges.map((edge) => edge.node));
    const { edges: _edges, pageInfo, ...meta } = page;
    const more = pageInfo.hasNextPage && pageInfo.endCursor !== null;
    if (!more || scores.length >= maxRows) return { ...meta, scores, truncated: more };
    after = pageInfo.endCursor;
  }
}

/**
 * One agent's score in a period, paging until the agent turns up (the api has no agent filter; pages are by rank,
 * so a ranked agent is usually on the first). Null when the agent was not scored in that period.
 */
export async function findAgentScore<T extends { agent: { id: string } } = AgentScore>(
  call: GqlCall, request: ScoresRequest, agentId: string,
  options: { pageSize?: number; maxPages?: number; fields?: string } = {},
): Promise<T | null> {
  const query = options.fields ? scoresQuery(options.fields) : SCORES_QUERY;
  const pageSize = options.pageSize ?? 1000;
  let after: string | null = null;
  for (let page = 0; page < (options.maxPages ?? 50); page += 1) {
    const { scores }: { scores: PageOf<T> } = await call<{ scores: PageOf<T> }>(query, {
      ...request, team: request.team ?? null, profile: request.profile ?? null, version: request.version ?? null,
      first: pageSize, after,
    });
    const found = scores.edges.find((edge) => edge.node.agent.id === agentId);
    if (found) return found.node;
    if (!scores.pageInfo.hasNextPage || !scores.pageInfo.endCursor) return null;
    after = scores.pageInfo.endCursor;
  }
  return null;
}
