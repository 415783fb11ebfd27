import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { SimulateArgs } from './scoring.args';
import { SimulationModel } from './simulation.model';
import { SimulationService } from './simulation.service';

// What-if is a query: it reads stored records and writes nothing.

@Resolver()
export class SimulationResolver {
  constructor(private readonly simulation: SimulationService) {}

  @Query(() => SimulationModel, {
    description: 'Admin: score an unsaved source (or a draft\'s) over stored records and compare each agent with the published '
      + 'version in force on the period\'s last day. Stores nothing. A source with errors is SCORECARD_INVALID with its diagnostics.',
  })
  simulate(@CurrentCaller() caller: Caller, @Args() args: SimulateArgs): Promise<SimulationModel> {
    return this.simulation.simulate(caller, args);
  }
}

