import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GroupKind } from '../groups/groups.model';
import { KpiScoreModel, MetricValueModel, ScorePeriodModel, ScoreSegmentModel, TargetOutcomeModel } from './scoring.model';

// Groups' results for scorecards with `subject group`: a group (a site or an outsourced vendor) is scored on the
// pooled records of all its teams' agents, as the engine scores any subject.

@ObjectType('ScoredGroup')
export class ScoredGroupModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GroupKind) kind: GroupKind;
}

@ObjectType('GroupScore')
export class GroupScoreModel {
  @Field(() => ScoredGroupModel) group: ScoredGroupModel;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Int, { nullable: true, description: 'rank among groups (1 = best, ties share); null when unranked' }) rank: number | null;
  @Field() eligible: boolean;
  @Field({ description: 'the profile that weighed the kpis, or the segments\' profiles joined by +' }) profile: string;
  @Field(() => Int, { description: 'records of the group in the period' }) records: number;
  @Field(() => [KpiScoreModel]) kpis: KpiScoreModel[];
  @Field(() => [MetricValueModel], { description: 'metrics of the group pool (all its records)' }) metrics: MetricValueModel[];
  @Field(() => [TargetOutcomeModel]) targets: TargetOutcomeModel[];
  @Field(() => [String]) alerts: string[];
}

@ObjectType('GroupScoreReport')
export class GroupScoreReportModel {
  @Field() scorecard: string;
  @Field(() => Int) version: number;
  @Field(() => ScorePeriodModel) period: ScorePeriodModel;
  @Field(() => [ScoreSegmentModel]) segments: ScoreSegmentModel[];
  @Field(() => String, { nullable: true, description: 'ISO instant the stored scores were computed' }) computedAt: string | null;
  @Field(() => [GroupScoreModel], { description: 'by rank, unranked last, then by name' }) groups: GroupScoreModel[];
}
