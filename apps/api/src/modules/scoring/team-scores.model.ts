import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import {
  KpiScoreModel, MetricValueModel, ScoredTeamModel, ScorePeriodModel, ScoreSegmentModel, TargetOutcomeModel,
} from './scoring.model';

// Teams' results. A team's metrics are computed over all its records (a team's CSAT is a ratio of the team's
// sums, never a mean of agents' ratios). A team has its own score only when the scorecard scores teams
// (`subject team`); for agent scorecards the agents' scores are summarised as their mean and median.

@ObjectType('TeamScore')
export class TeamScoreModel {
  @Field(() => ScoredTeamModel) team: ScoredTeamModel;
  @Field(() => [MetricValueModel], { description: 'metrics of the team pool (all its records)' }) metrics: MetricValueModel[];
  @Field(() => Int, { description: 'agents of the team that were scored' }) agents: number;
  @Field(() => Int, { description: 'agents with a score (eligible, some kpi had a value)' }) scoredAgents: number;
  @Field(() => Float, { nullable: true, description: 'mean of the agents\' scores (agents without a score left out)' })
  meanScore: number | null;
  @Field(() => Float, { nullable: true, description: 'median of the agents\' scores (agents without a score left out)' })
  medianScore: number | null;
  @Field(() => Float, { nullable: true, description: 'the team\'s own score: scorecards with `subject team` only' }) score: number | null;
  @Field(() => Int, { nullable: true, description: 'rank among teams: scorecards with `subject team` only' }) rank: number | null;
  @Field({ description: 'false unless the scorecard scores teams and the team is eligible' }) eligible: boolean;
  @Field(() => [KpiScoreModel], { description: 'scorecards with `subject team` only' }) kpis: KpiScoreModel[];
  @Field(() => [TargetOutcomeModel], { description: 'scorecards with `subject team` only' }) targets: TargetOutcomeModel[];
}

@ObjectType('TeamScoreReport')
export class TeamScoreReportModel {
  @Field() scorecard: string;
  @Field(() => Int) version: number;
  @Field(() => ScorePeriodModel) period: ScorePeriodModel;
  @Field(() => [ScoreSegmentModel]) segments: ScoreSegmentModel[];
  @Field(() => String, { nullable: true, description: 'ISO instant the stored scores were computed' }) computedAt: string | null;
  @Field(() => [TeamScoreModel], { description: 'by rank for team scorecards, else by name' }) teams: TeamScoreModel[];
  @Field(() => [MetricValueModel], { nullable: true, description: 'the whole organisation\'s metrics (callers who see every team)' })
  organisation: MetricValueModel[] | null;
}
