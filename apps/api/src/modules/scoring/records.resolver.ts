import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { InteractionsArgs } from './records.args';
import { InteractionRecordConnectionModel } from './records.model';
import { RecordsService } from './records.service';

@Resolver()
export class RecordsResolver {
  constructor(private readonly records: RecordsService) {}

  @Query(() => InteractionRecordConnectionModel, {
    description: 'An agent\'s records in a period by occurred_at; with scorecard + aggregate only those the aggregate used. '
      + 'Who may read them: as explainScore.',
  })
  interactions(@CurrentCaller() caller: Caller, @Args() args: InteractionsArgs): Promise<InteractionRecordConnectionModel> {
    return this.records.interactions(caller, args);
  }
}
