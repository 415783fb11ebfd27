import { ApiError } from '../providers/api-error';
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
  /** what was ranked: agents, or groups (sites, vendors) for scorecards with `subject group` */
  subject: 'agent' | 'group';
  /** for groups: `agent` is the group (`externalId` its kind, `team` null) */
  scores: AgentScore[];
  /** more agents matched than `maxRows`: the rest were not fetched */
  truncated: boolean;
}

export const GROUP_SCORES_QUERY = `query GroupScores($scorecard: String!, $period: PeriodInput!, $profile: String, $version: Int) {
  groupScores(scorecard: $scorecard, period: $period, profile: $profile, version: $version) {
    scorecard version period { from to } computedAt
    segments { from to profile source overrideId overrideReason records }
    groups { group { id name kind } score rank eligible profile records
      kpis { key label value weight } metrics { key label value unit } targets { metric op target actual met gap } alerts }
  }
}`;

interface GroupScore extends Omit<AgentScore, 'agent' | 'teamRank'> { group: { id: string; name: string; kind: string } }

/** A group's score as a leaderboard entry: the group in the agent's place, its kind as the external id. */
function groupEntry({ group, ...score }: GroupScore): AgentScore {
  return { ...score, agent: { id: group.id, externalId: group.kind, name: group.name, team: null }, teamRank: null };
}

/** Every group's score (scorecards with `subject group`): a team filter does not apply to groups. */
export async function fetchGroupScores(call: GqlCall, request: ScoresRequest): Promise<AllScores> {
  const { groupScores } = await call<{ groupScores: Omit<ScoresPageMeta, 'totalCount'> & { groups: GroupScore[] } }>(GROUP_SCORES_QUERY, {
    scorecard: request.scorecard, period: request.period, profile: request.profile ?? null, version: request.version ?? null,
  });
  const { groups, ...meta } = groupScores;
  return { ...meta, totalCount: groups.length, subject: 'group', scores: groups.map(groupEntry), truncated: false };
}

/**
 * What a leaderboard ranks for a scorecard: its agents, or — when the api answers that the scorecard scores
 * groups (`SCORE_SUBJECT_MISMATCH` with `subject: group`) — its groups.
 */
export async function fetchBoard(call: GqlCall, request: ScoresRequest): Promise<AllScores> {
  try {
    return await fetchAllScores(call, request);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'SCORE_SUBJECT_MISMATCH' && error.extensions.subject === 'group') {
      return fetchGroupScores(call, request);
    }
    throw error;
  }
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
    if (!more || scores.length >= maxRows) return { ...meta, subject: 'agent', scores, truncated: more };
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
