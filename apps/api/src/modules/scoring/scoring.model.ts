import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

// GraphQL shapes of scores. Scores, kpis, metrics, weights and gaps are the engine's doubles at full precision
// (GraphQL Float is a double; JSON carries the shortest text that reads back as the same number): the console
// rounds for display, half away from zero, as the CLI does. Percents are fractions (0.931 = 93.1%), durations
// seconds, as in the language. Counts of records and agents are Int. Days are YYYY-MM-DD in the organisation's zone.

export enum SegmentSourceModel { EXPLICIT = 'explicit', OVERRIDE = 'override', SCHEDULE = 'schedule', DEFAULT = 'default' }
registerEnumType(SegmentSourceModel, {
  name: 'ScoreProfileSource',
  description: 'EXPLICIT: the profile was asked for; OVERRIDE: an admin\'s override; SCHEDULE: an `active` range; DEFAULT: the default profile',
});

@ObjectType('ScoredTeam')
export class ScoredTeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('ScoredAgent')
export class ScoredAgentModel {
  @Field(() => ID) id: string;
  @Field({ description: 'the id records name the agent by' }) externalId: string;
  @Field() name: string;
  @Field(() => ScoredTeamModel, { nullable: true, description: 'the team the agent was pooled and ranked in' }) team: ScoredTeamModel | null;
}

@ObjectType('KpiScore')
export class KpiScoreModel {
  @Field() key: string;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => Float, { nullable: true, description: 'null when the kpi could not be computed (e.g. no records)' }) value: number | null;
  @Field(() => Float, { nullable: true, description: 'the weight it carried in the score, after renormalising (0.25 = 25%)' })
  weight: number | null;
}

@ObjectType('MetricValue')
export class MetricValueModel {
  @Field() key: string;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field({ description: 'number, percent (a fraction), duration (seconds), count or money' }) unit: string;
}

@ObjectType('TargetOutcome')
export class TargetOutcomeModel {
  @Field() metric: string;
  @Field({ description: '>=, >, <=, <, == or !=' }) op: string;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => Float, { nullable: true }) actual: number | null;
  @Field() met: boolean;
  @Field(() => Float, { nullable: true, description: 'how far from the target: ≥ 0 when met, negative when missed' }) gap: number | null;
}

@ObjectType('AgentScore')
export class AgentScoreModel {
  @Field(() => ScoredAgentModel) agent: ScoredAgentModel;
  @Field(() => Float, { nullable: true, description: 'null when not eligible or no kpi had a value' }) score: number | null;
  @Field(() => Int, { nullable: true, description: 'rank among everyone scored (1 = best; ties share); null when unranked' })
  rank: number | null;
  @Field(() => Int, { nullable: true, description: 'rank within the agent\'s team' }) teamRank: number | null;
  @Field() eligible: boolean;
  @Field({ description: 'the profile that weighed the kpis, or the segments\' profiles joined by +' }) profile: string;
  @Field(() => Int, { description: 'records of the agent in the period' }) records: number;
  @Field(() => [KpiScoreModel]) kpis: KpiScoreModel[];
  @Field(() => [MetricValueModel]) metrics: MetricValueModel[];
  @Field(() => [TargetOutcomeModel]) targets: TargetOutcomeModel[];
  @Field(() => [String], { description: 'keys of the alerts whose condition holds' }) alerts: string[];
}

@ObjectType('ScoreEdge')
export class ScoreEdgeModel {
  @Field() cursor: string;
  @Field(() => AgentScoreModel) node: AgentScoreModel;
}

@ObjectType('PageInfo', { description: 'Relay page information.' })
export class ScorePageInfoModel {
  @Field() hasNextPage: boolean;
  @Field({ description: 'true when the page starts after the first edge (an `after` cursor was given)' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType('ScorePeriod')
export class ScorePeriodModel {
  @Field({ description: 'first day, inclusive' }) from: string;
  @Field({ description: 'last day, inclusive' }) to: string;
}

@ObjectType('ScoreSegment', { description: 'A stretch of the period scored under one profile (several when the period straddles a switch).' })
export class ScoreSegmentModel {
  @Field({ description: 'the first day it touches' }) from: string;
  @Field({ description: 'the last day it touches (inclusive)' }) to: string;
  @Field({ description: 'where it starts: wall-clock time in the organisation\'s zone, YYYY-MM-DDTHH:MM:SS (midnight unless an override switches within a day)' })
  start: string;
  @Field({ description: 'where it ends (exclusive), as start' }) end: string;
  @Field({ description: 'profile key (empty when the scorecard has no profile for these days)' }) profile: string;
  @Field(() => SegmentSourceModel) source: SegmentSourceModel;
  @Field(() => ID, { nullable: true, description: 'the override deciding it (for callers who may read overrides)' })
  overrideId: string | null;
  @Field(() => String, { nullable: true, description: 'the override\'s reason (for callers who may read overrides)' })
  overrideReason: string | null;
  @Field(() => Int, { description: 'records of the organisation in the segment' }) records: number;
}

@ObjectType('ScoreConnection', { description: 'Agents\' scores by rank (unranked last), a page at a time.' })
export class ScoreConnectionModel {
  @Field(() => [ScoreEdgeModel]) edges: ScoreEdgeModel[];
  @Field(() => ScorePageInfoModel) pageInfo: ScorePageInfoModel;
  @Field(() => Int, { description: 'agents matching, over all pages' }) totalCount: number;
  @Field({ description: 'the scorecard key' }) scorecard: string;
  @Field(() => Int, { description: 'the version that scored' }) version: number;
  @Field(() => ScorePeriodModel) period: ScorePeriodModel;
  @Field(() => [ScoreSegmentModel]) segments: ScoreSegmentModel[];
  @Field(() => String, { nullable: true, description: 'ISO instant the stored scores were computed (null: computed for this request only)' })
  computedAt: string | null;
}
