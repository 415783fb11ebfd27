import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONObjectScalar } from '../../common/json.scalar';
import { ScorePageInfoModel } from './scoring.model';

/** One stored interaction record, as an agent page lists the records behind an aggregate. */
@ObjectType('InteractionRecord')
export class InteractionRecordModel {
  @Field(() => ID) id: string;
  @Field() source: string;
  @Field() externalId: string;
  @Field({ description: 'ISO instant with the organisation\'s offset' }) occurredAt: string;
  @Field(() => String, { nullable: true, description: 'the record\'s team name' }) team: string | null;
  @Field(() => String, { nullable: true }) channel: string | null;
  @Field(() => String, { nullable: true }) platform: string | null;
  @Field(() => String, { nullable: true }) priority: string | null;
  @Field(() => String, { nullable: true }) customer: string | null;
  @Field(() => String, { nullable: true }) kind: string | null;
  @Field(() => Float, { nullable: true }) firstResponseSeconds: number | null;
  @Field(() => Float, { nullable: true }) waitSeconds: number | null;
  @Field(() => Float, { nullable: true }) talkSeconds: number | null;
  @Field(() => Float, { nullable: true }) holdSeconds: number | null;
  @Field(() => Float, { nullable: true }) wrapSeconds: number | null;
  @Field(() => Float, { nullable: true }) handleSeconds: number | null;
  @Field(() => Float, { nullable: true }) closeSeconds: number | null;
  @Field(() => Boolean, { nullable: true }) answered: boolean | null;
  @Field(() => Boolean, { nullable: true }) resolved: boolean | null;
  @Field(() => Boolean, { nullable: true }) firstContactResolved: boolean | null;
  @Field(() => Boolean, { nullable: true }) transferred: boolean | null;
  @Field(() => Boolean, { nullable: true }) escalated: boolean | null;
  @Field(() => Boolean, { nullable: true }) reopened: boolean | null;
  @Field(() => Boolean, { nullable: true }) abandoned: boolean | null;
  @Field(() => Boolean, { nullable: true }) repeatContact: boolean | null;
  @Field(() => Boolean, { nullable: true }) converted: boolean | null;
  @Field(() => Float, { nullable: true }) rating: number | null;
  @Field(() => Float, { nullable: true }) qaScore: number | null;
  @Field(() => JSONObjectScalar, { description: 'custom fields as stored' }) custom: Record<string, unknown>;
}

@ObjectType('InteractionRecordEdge')
export class InteractionRecordEdgeModel {
  @Field() cursor: string;
  @Field(() => InteractionRecordModel) node: InteractionRecordModel;
}

@ObjectType('InteractionRecordConnection')
export class InteractionRecordConnectionModel {
  @Field(() => [InteractionRecordEdgeModel]) edges: InteractionRecordEdgeModel[];
  @Field(() => ScorePageInfoModel) pageInfo: ScorePageInfoModel;
  @Field(() => Int) totalCount: number;
  @Field(() => [String], {
    description: 'the record fields the aggregate asked for reads (its value and `where`), in the order it reads them; empty without an aggregate',
  })
  fields: string[];
}
