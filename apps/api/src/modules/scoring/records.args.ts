import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { PeriodInput } from './period.input';

@ArgsType()
export class InteractionsArgs {
  @Field(() => ID, { description: 'agent id' }) agent: string;
  @Field(() => PeriodInput) period: PeriodInput;
  @Field(() => String, { nullable: true, description: 'scorecard key (with `aggregate`): only the records that aggregate used' })
  scorecard?: string | null;
  @Field(() => String, { nullable: true, description: 'an aggregate\'s canonical text from the explanation tree: `count(rating >= 4)`' })
  aggregate?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'with `scorecard`: only the records of this segment (0-based, in the order `segments` and the explanation list them) — a switch of profile may fall within a day',
  })
  segment?: number | null;
  @Field(() => Int, { nullable: true, description: 'page size, 1–1000 (default 50)' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'an endCursor (or an edge\'s cursor) of the page before' }) after?: string | null;
}
