import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { OrganisationModel, toOrganisationModel } from './organisation.model';
import { OrganisationService } from './organisation.service';

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly settings: OrganisationService) {}

  @Query(() => OrganisationModel, { description: 'The organisation settings (every authenticated caller).' })
  async organisation(@CurrentCaller() caller: Caller): Promise<OrganisationModel> {
    return toOrganisationModel(await this.settings.get(caller));
  }

  @Mutation(() => OrganisationModel, { description: 'Admin: rename the organisation or change its time zone.' })
  async updateOrganisation(
    @CurrentCaller() caller: Caller,
    @Args('name', { type: () => String, nullable: true }) name?: string | null,
    @Args('timeZone', { type: () => String, nullable: true }) timeZone?: string | null,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.settings.update(caller, { name, timeZone }));
  }
}
