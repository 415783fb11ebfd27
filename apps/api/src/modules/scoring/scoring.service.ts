import { Injectable } from '@nestjs/common';
import { renderExplainTree, SubjectError } from '@yardstick/engine';
import type { Caller } from '../../common/caller';
import { ForbiddenException, InvalidInputException, NotFoundException } from '../../common/domain.exception';
import { parseId } from '../../common/ids';
import { assertCan, can, visibleAgents } from '../auth/access.policy';
import { periodOf } from './period.input';
import { ScoreComputer, type ScoreJob } from './score-computer';
import {
  cursorOf, metricsOf, offsetAfter, scoredAgent, toAgentScore, toGroupScore, toSegments, toTeamScore,
} from './score-mapper';
import { ScoreRuns, type RunHead, type ScoreRun } from './score-runs';
import { agentReach, groupReach, teamReach } from './scoring-access';
import type { ExplainScoreArgs, GroupScoresArgs, ScoreRunArgs, ScoresArgs, TeamScoresArgs } from './scoring.args';
import { ScoringErrorCode, ScoringException } from './scoring.exception';
import type { ScoreConnectionModel } from './scoring.model';
import { ScoringRepository } from './scoring.repository';
import { computedResults, type RunResults } from './run-results';
import { snapshotRows } from './snapshot-rows';
import type { ScoreExplanationModel } from './simulation.model';
import { SnapshotStore } from './snapshot-store';
import type { GroupScoreReportModel } from './group-scores.model';
import type { RunState, ScoreFilter, SnapshotKey, StoredScore } from './snapshots.repository';
import type { TeamScoreReportModel } from './team-scores.model';

// Reading scores: access first (scoring-access.ts), then the run (version, profiles, period), then its stored
// results — computed and stored first when missing or stale (snapshot-store.ts) — a page at a time.

const DEFAULT_PAGE = 50;
const MAX_PAGE = 1000;

@Injectable()
export class ScoringService {
  constructor(
    private readonly runs: ScoreRuns,
    private readonly store: SnapshotStore,
    private readonly computer: ScoreComputer,
    private readonly repository: ScoringRepository,
  ) {}

  /** Agents' scores by rank, a page at a time, limited to what the caller may read. */
  async scores(caller: Caller, args: ScoresArgs): Promise<ScoreConnectionModel> {
    return (await this.scoresPage(caller, args)).connection;
  }

  /**
   * `scores`, and the page's identity when it is a page of a fresh stored run (else null): everything the answer
   * depends on besides the request's text (score-page-cache.ts).
   */
  async scoresPage(caller: Caller, args: ScoresArgs): Promise<{ connection: ScoreConnectionModel; identity: string | null }> {
    const { reach, limit, offset, run } = await this.pageRequest(caller, args);
    let results: RunResults;
    let page: { rows: StoredScore[]; total: number };
    let identity: string | null = null;
    if (run.storable && reach !== 'nothing') {
      // the common case: the run's state and the page in one statement
      const read = await this.store.agentPage(run.key, reach, limit + 1, offset, () => this.job(run));
      results = read.results;
      page = read;
      if (read.fresh) identity = pageIdentity(caller, run.key, read.fresh, reach, limit, offset);
    } else {
      results = await this.results(run);
      page = reach === 'nothing' ? { rows: [], total: 0 } : await results.agents(reach, limit + 1, offset);
    }
    const rows = page.rows.slice(0, limit);
    const edges = rows.map((row, i) => ({ cursor: cursorOf(offset + i), node: toAgentScore(row, run.compiled) }));
    const connection: ScoreConnectionModel = {
      edges,
      pageInfo: {
        hasNextPage: page.rows.length > limit, hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
      },
      totalCount: page.total,
      ...this.context(caller, run, results),
    };
    return { connection, identity };
  }

  /**
   * The identity `scoresPage` would give the page the caller asks for, as long as the run is fresh — with the same
   * access checks (a caller who may not read it gets the same error) — without reading the page: null when the
   * run is not fresh or not stored, or the caller reaches no agent.
   */
  async pageIdentity(caller: Caller, args: ScoresArgs): Promise<string | null> {
    const { reach, limit, offset, run } = await this.pageRequest(caller, args);
    if (!run.storable || reach === 'nothing') return null;
    const state = await this.store.freshState(run.key);
    return state ? pageIdentity(caller, run.key, state, reach, limit, offset) : null;
  }

  private async pageRequest(caller: Caller, args: ScoresArgs) {
    const reach = agentReach(caller, args.team ? parseId(args.team, 'team') : undefined);
    const limit = pageSize(args.first);
    const offset = offsetAfter(args.after);
    const run = await this.head(caller, args);
    if (run.compiled.subject !== 'agent') {
      throw new ScoringException(ScoringErrorCode.SubjectMismatch,
        `scorecard ${run.stored.scorecard.key} scores ${run.compiled.subject}s, not agents: ask teamScores`, { subject: run.compiled.subject });
    }
    return { reach, limit, offset, run };
  }

  /** Teams' pooled metrics (and scores for team scorecards); supervisors see their teams, agents none. */
  async teamScores(caller: Caller, args: TeamScoresArgs): Promise<TeamScoreReportModel> {
    const reach = teamReach(caller, args.team ? parseId(args.team, 'team') : undefined);
    const run = await this.head(caller, args);
    const results = await this.results(run);
    const rows = reach === 'nothing' ? [] : await results.teams(reach.teamIds);
    return {
      ...this.context(caller, run, results),
      teams: rows.map((row) => toTeamScore(row, run.compiled)),
      organisation: reach !== 'nothing' && reach.organisation ? metricsOf(results.organisation.metrics, run.compiled) : null,
    };
  }

  /** Groups' scores (scorecards with `subject group`); supervisors see the groups all of whose teams are theirs. */
  async groupScores(caller: Caller, args: GroupScoresArgs): Promise<GroupScoreReportModel> {
    assertCan(caller, 'scorecards:read');
    const groupId = args.group ? parseId(args.group, 'group') : undefined;
    const reach = groupReach(caller, await this.repository.groupTeams(), groupId);
    const run = await this.head(caller, args);
    if (run.compiled.subject !== 'group') {
      throw new ScoringException(ScoringErrorCode.SubjectMismatch,
        `scorecard ${run.stored.scorecard.key} scores ${run.compiled.subject}s, not groups: ask ${run.compiled.subject === 'agent' ? 'scores' : 'teamScores'}`,
        { subject: run.compiled.subject });
    }
    const results = await this.results(run);
    const rows = reach === 'nothing' ? [] : await results.groups(reach.groupIds);
    return { ...this.context(caller, run, results), groups: rows.map((row) => toGroupScore(row, run.compiled)) };
  }

  /** How one agent's score came about: the engine's tree (computed for the request; nothing is stored). */
  async explain(caller: Caller, args: ExplainScoreArgs): Promise<ScoreExplanationModel> {
    assertCan(caller, 'scorecards:read');
    const agentId = parseId(args.agent, 'agent');
    const agent = await this.repository.agent(agentId);
    if (!agent) {
      // callers who cannot see every agent learn nothing about which ids exist
      if (visibleAgents(caller).kind === 'all') throw new NotFoundException('agent', agentId);
      throw new ForbiddenException('you are not allowed to read these scores');
    }
    assertCan(caller, 'scores:read', { agentId, teamId: agent.team_id });
    const run = await this.run(caller, args);
    const computed = await this.computer.compute(ScoreRuns.job(run));
    const result = computed.report.results.find((r) => r.subject === agent.external_id);
    let tree;
    try {
      tree = computed.explain(agent.external_id);
    } catch (error) {
      if (error instanceof SubjectError || !result) throw new NotFoundException(`score of agent ${agentId} in ${run.period.from}..${run.period.to}`, agentId);
      throw error;
    }
    return {
      scorecard: run.stored.scorecard.key, version: run.stored.version.version, period: run.period,
      agent: scoredAgent({ subject_key: String(agent.id), ...agent }),
      score: result?.score ?? null, rank: result?.rank ?? null, profile: result?.profile ?? '',
      tree: JSON.parse(JSON.stringify(tree)) as Record<string, unknown>, text: renderExplainTree(tree),
    };
  }

  private async run(caller: Caller, args: ScoreRunArgs): Promise<ScoreRun> {
    return this.runs.planned(await this.head(caller, args));
  }

  /** The version and key of the run asked for; its profile plan is read only when results must be computed. */
  private head(caller: Caller, args: ScoreRunArgs): Promise<RunHead> {
    const period = periodOf(args.period);
    if (args.profile !== undefined && args.profile !== null && args.profile.trim() === '') {
      throw new InvalidInputException([{ path: 'profile', message: 'name a profile, or leave it out to score as scheduled' }]);
    }
    return this.runs.headFor(caller, { scorecard: args.scorecard, period, profile: args.profile?.trim(), version: args.version });
  }

  private async job(head: RunHead): Promise<ScoreJob> {
    return ScoreRuns.job(await this.runs.planned(head));
  }

  /** Stored results, refreshed first when missing or stale; drafts are computed for the request. */
  private async results(head: RunHead): Promise<RunResults> {
    if (head.storable) return this.store.results(head.key, () => this.job(head));
    const run = await this.runs.planned(head);
    const computed = await this.computer.compute(ScoreRuns.job(run));
    return computedResults(snapshotRows(computed, run.plan), computed.roster, null);
  }

  private context(caller: Caller, run: RunHead, results: RunResults) {
    return {
      scorecard: run.stored.scorecard.key, version: run.stored.version.version, period: run.period,
      segments: toSegments(results.organisation.segments, can(caller, 'overrides:read')),
      computedAt: results.computedAt,
    };
  }
}

/**
 * What a page of a fresh stored run depends on: the run and its generation, the roster marker (agents' and teams'
 * names are joined when read), the agents the caller reaches, the page, and whether override details are shown.
 */
function pageIdentity(caller: Caller, key: SnapshotKey, state: RunState, reach: ScoreFilter, limit: number, offset: number): string {
  return JSON.stringify([key.versionId, key.profile, key.from, key.to, state.computedAt, state.fingerprint,
    reach.teamIds ?? null, reach.agentId ?? null, limit, offset, can(caller, 'overrides:read')]);
}

function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new InvalidInputException([{ path: 'first', message: `a page holds 1 to ${MAX_PAGE} scores` }]);
  }
  return first;
}
