import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { ListArgs, ListMetadata } from '../../common/list.args';
import { TeamFields, TeamFilter, TeamModel, toTeamModel } from './teams.model';
import { TeamsService } from './teams.service';

/** react-admin (ra-data-graphql-simple) shape: Team, allTeams, _allTeamsMeta, createTeam, updateTeam, deleteTeam. */
@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(private readonly teams: TeamsService) {}

  @Query(() => TeamModel, { name: 'Team', nullable: true, description: 'null when absent or not visible to the caller' })
  async team(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<TeamModel | null> {
    const team = await this.teams.get(caller, id);
    return team && toTeamModel(team);
  }

  @Query(() => [TeamModel], { name: 'allTeams', description: 'supervisors see their teams, agents their own' })
  async allTeams(
    @CurrentCaller() caller: Caller,
    @Args() args: ListArgs,
    @Args('filter', { type: () => TeamFilter, nullable: true }) filter?: TeamFilter | null,
  ): Promise<TeamModel[]> {
    return (await this.teams.list(caller, args, filter ?? {})).map(toTeamModel);
  }

  @Query(() => ListMetadata, { name: '_allTeamsMeta' })
  async allTeamsMeta(
    @CurrentCaller() caller: Caller,
    @Args() _args: ListArgs,
    @Args('filter', { type: () => TeamFilter, nullable: true }) filter?: TeamFilter | null,
  ): Promise<ListMetadata> {
    return { count: await this.teams.count(caller, filter ?? {}) };
  }

  @Mutation(() => TeamModel)
  async createTeam(@CurrentCaller() caller: Caller, @Args() fields: TeamFields): Promise<TeamModel> {
    return toTeamModel(await this.teams.create(caller, fields));
  }

  @Mutation(() => TeamModel)
  async updateTeam(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args() fields: TeamFields,
  ): Promise<TeamModel> {
    return toTeamModel(await this.teams.update(caller, id, fields));
  }

  @Mutation(() => TeamModel, { description: 'Refused while the team has agents or records.' })
  async deleteTeam(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<TeamModel> {
    return toTeamModel(await this.teams.delete(caller, id));
  }
}
