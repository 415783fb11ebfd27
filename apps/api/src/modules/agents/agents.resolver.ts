import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { ListArgs, ListMetadata } from '../../common/list.args';
import type { AgentEntity } from './agent.entity';
import { AgentFields, AgentFilter, AgentModel, toAgentModel } from './agents.model';
import { AgentsService } from './agents.service';

/** react-admin (ra-data-graphql-simple) shape: Agent, allAgents, _allAgentsMeta, createAgent, updateAgent, deleteAgent. */
@Resolver(() => AgentModel)
export class AgentsResolver {
  constructor(private readonly agents: AgentsService) {}

  @Query(() => AgentModel, { name: 'Agent', nullable: true, description: 'null when absent or not visible to the caller' })
  async agent(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<AgentModel | null> {
    const agent = await this.agents.get(caller, id);
    return agent && this.toModel(caller, agent);
  }

  @Query(() => [AgentModel], { name: 'allAgents', description: 'supervisors see their teams, agents themselves' })
  async allAgents(
    @CurrentCaller() caller: Caller,
    @Args() args: ListArgs,
    @Args('filter', { type: () => AgentFilter, nullable: true }) filter?: AgentFilter | null,
  ): Promise<AgentModel[]> {
    return (await this.agents.list(caller, args, filter ?? {})).map((agent) => this.toModel(caller, agent));
  }

  @Query(() => ListMetadata, { name: '_allAgentsMeta' })
  async allAgentsMeta(
    @CurrentCaller() caller: Caller,
    @Args() _args: ListArgs,
    @Args('filter', { type: () => AgentFilter, nullable: true }) filter?: AgentFilter | null,
  ): Promise<ListMetadata> {
    return { count: await this.agents.count(caller, filter ?? {}) };
  }

  @Mutation(() => AgentModel)
  async createAgent(@CurrentCaller() caller: Caller, @Args() fields: AgentFields): Promise<AgentModel> {
    return this.toModel(caller, await this.agents.create(caller, fields));
  }

  @Mutation(() => AgentModel)
  async updateAgent(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args() fields: AgentFields,
  ): Promise<AgentModel> {
    return this.toModel(caller, await this.agents.update(caller, id, fields));
  }

  @Mutation(() => AgentModel, { description: 'Refused while records or a login refer to the agent (set leftOn instead).' })
  async deleteAgent(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<AgentModel> {
    return this.toModel(caller, await this.agents.delete(caller, id));
  }

  private toModel(caller: Caller, agent: AgentEntity): AgentModel {
    return toAgentModel(agent, this.agents.showsCompensation(caller, agent));
  }
}
