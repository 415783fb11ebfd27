import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { JSONObjectScalar } from '../../common/json.scalar';
import { DiagnosticModel } from '../scorecards/scorecards.model';
import { ScoredAgentModel, ScorePeriodModel, ScoreSegmentModel } from './scoring.model';

// What-if results and explanations: computed for the request, never stored.

@ObjectType('SimulatedScore', { description: 'One agent under the published version and under the draft.' })
export class SimulatedScoreModel {
  @Field(() => ScoredAgentModel) agent: ScoredAgentModel;
  @Field(() => Float, { nullable: true }) publishedScore: number | null;
  @Field(() => Int, { nullable: true }) publishedRank: number | null;
  @Field() publishedEligible: boolean;
  @Field(() => Float, { nullable: true }) draftScore: number | null;
  @Field(() => Int, { nullable: true }) draftRank: number | null;
  @Field() draftEligible: boolean;
  @Field(() => Float, { nullable: true, description: 'draftScore − publishedScore (null when either is null)' }) scoreChange: number | null;
  @Field(() => Int, { nullable: true, description: 'publishedRank − draftRank: positive = moves up (null when either is unranked)' })
  rankChange: number | null;
}

@ObjectType('Simulation')
export class SimulationModel {
  @Field({ description: 'the key written in the source' }) scorecard: string;
  @Field(() => ScorePeriodModel) period: ScorePeriodModel;
  @Field(() => Int, { nullable: true, description: 'the published version compared with (in force on the period\'s last day); null: none' })
  publishedVersion: number | null;
  @Field(() => [ScoreSegmentModel], { description: 'the draft\'s segments' }) segments: ScoreSegmentModel[];
  @Field(() => [SimulatedScoreModel], { description: 'by draft rank (unranked last)' }) scores: SimulatedScoreModel[];
  @Field(() => [DiagnosticModel], { description: 'warnings of the source (a source with errors is refused)' }) diagnostics: DiagnosticModel[];
}

@ObjectType('ScoreExplanation')
export class ScoreExplanationModel {
  @Field() scorecard: string;
  @Field(() => Int) version: number;
  @Field(() => ScorePeriodModel) period: ScorePeriodModel;
  @Field(() => ScoredAgentModel) agent: ScoredAgentModel;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field() profile: string;
  @Field(() => JSONObjectScalar, {
    description: 'the engine\'s explanation tree: { kind, key, label, text, value, weight, branch, records, type, children: [...] } '
      + '(kind: score | segment | kpi | metric | aggregate | expression | target | eligibility; values at full precision)',
  })
  tree: Record<string, unknown>;
  @Field({ description: 'the same tree as indented text, values rounded as the CLI shows them' }) text: string;
}
