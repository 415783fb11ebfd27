import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import type { CallerRequest } from '../../common/request-context';
import { GroupScoreReportModel } from './group-scores.model';
import { notePage } from './score-page-cache';
import { ExplainScoreArgs, GroupScoresArgs, ScoresArgs, TeamScoresArgs } from './scoring.args';
import { ScoreConnectionModel } from './scoring.model';
import { ScoringService } from './scoring.service';
import { ScoreExplanationModel } from './simulation.model';
import { TeamScoreReportModel } from './team-scores.model';

// Scores of a scorecard over a period. Version default: the one in force on the period's last day; profile
// default: overrides, else the schedule, else the default profile (segments when the period straddles a switch).

@Resolver()
export class ScoringResolver {
  constructor(private readonly scoring: ScoringService) {}

  @Query(() => ScoreConnectionModel, {
    description: 'Agents\' scores by rank (unranked last). Admins, hr, auditors and `read` keys see everyone; supervisors '
      + 'their teams\' agents (another team is FORBIDDEN); agents themselves only.',
  })
  async scores(@CurrentCaller() caller: Caller, @Args() args: ScoresArgs, @Context('req') req: CallerRequest): Promise<ScoreConnectionModel> {
    const { connection, identity } = await this.scoring.scoresPage(caller, args);
    // a page of a fresh stored run: the answer may be kept for callers whose request yields the same identity
    if (identity !== null) notePage(req, args, identity);
    return connection;
  }

  @Query(() => TeamScoreReportModel, {
    description: 'Each team\'s pooled metrics, its agents\' mean and median score, and its own score for team scorecards.',
  })
  teamScores(@CurrentCaller() caller: Caller, @Args() args: TeamScoresArgs): Promise<TeamScoreReportModel> {
    return this.scoring.teamScores(caller, args);
  }

  @Query(() => GroupScoreReportModel, {
    description: 'Groups\' (sites\', vendors\') scores for scorecards with `subject group`. Admins, hr, auditors and `read` keys '
      + 'see every group; supervisors the groups all of whose teams they supervise; agents none.',
  })
  groupScores(@CurrentCaller() caller: Caller, @Args() args: GroupScoresArgs): Promise<GroupScoreReportModel> {
    return this.scoring.groupScores(caller, args);
  }

  @Query(() => ScoreExplanationModel, { description: 'How one agent\'s score came about (the engine\'s explanation tree).' })
  explainScore(@CurrentCaller() caller: Caller, @Args() args: ExplainScoreArgs): Promise<ScoreExplanationModel> {
    return this.scoring.explain(caller, args);
  }
}
