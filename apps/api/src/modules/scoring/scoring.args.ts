import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { PeriodInput } from './period.input';

/** Which results: a scorecard over a period, as a version and profile (defaults: in force, as decided). */
@ArgsType()
export class ScoreRunArgs {
  @Field({ description: 'scorecard key' }) scorecard: string;
  @Field(() => PeriodInput) period: PeriodInput;
  @Field(() => String, { nullable: true, description: 'score with this profile for the whole period (default: overrides, else schedule, else default)' })
  profile?: string | null;
  @Field(() => Int, { nullable: true, description: 'version number (default: the version in force on the period\'s last day)' })
  version?: number | null;
}

@ArgsType()
export class ScoresArgs extends ScoreRunArgs {
  @Field(() => ID, { nullable: true, description: 'only this team\'s agents' }) team?: string | null;
  @Field(() => Int, { nullable: true, description: 'page size, 1–1000 (default 50)' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'an endCursor (or an edge\'s cursor) of the page before' }) after?: string | null;
}

@ArgsType()
export class TeamScoresArgs extends ScoreRunArgs {
  @Field(() => ID, { nullable: true, description: 'only this team' }) team?: string | null;
}

@ArgsType()
export class GroupScoresArgs extends ScoreRunArgs {
  @Field(() => ID, { nullable: true, description: 'only this group' }) group?: string | null;
}

@ArgsType()
export class ExplainScoreArgs extends ScoreRunArgs {
  @Field(() => ID, { description: 'agent id' }) agent: string;
}

@ArgsType()
export class SimulateArgs {
  @Field({ description: 'an unsaved source (or a draft\'s): exactly one scorecard block' }) source: string;
  @Field(() => PeriodInput) period: PeriodInput;
  @Field(() => ID, { nullable: true, description: 'only this team\'s agents' }) team?: string | null;
}
