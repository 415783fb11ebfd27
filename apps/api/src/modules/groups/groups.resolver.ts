import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { ListArgs, ListMetadata } from '../../common/list.args';
import { GroupFields, GroupFilter, GroupModel, toGroupModel } from './groups.model';
import { GroupsService } from './groups.service';

/** react-admin (ra-data-graphql-simple) shape: Group, allGroups, _allGroupsMeta, createGroup, updateGroup, deleteGroup. */
@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(private readonly groups: GroupsService) {}

  @Query(() => GroupModel, { name: 'Group', nullable: true })
  async group(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<GroupModel | null> {
    const group = await this.groups.get(caller, id);
    return group && toGroupModel(group);
  }

  @Query(() => [GroupModel], { name: 'allGroups' })
  async allGroups(
    @CurrentCaller() caller: Caller,
    @Args() args: ListArgs,
    @Args('filter', { type: () => GroupFilter, nullable: true }) filter?: GroupFilter | null,
  ): Promise<GroupModel[]> {
    return (await this.groups.list(caller, args, filter ?? {})).map(toGroupModel);
  }

  @Query(() => ListMetadata, { name: '_allGroupsMeta' })
  async allGroupsMeta(
    @CurrentCaller() caller: Caller,
    @Args() _args: ListArgs,
    @Args('filter', { type: () => GroupFilter, nullable: true }) filter?: GroupFilter | null,
  ): Promise<ListMetadata> {
    return { count: await this.groups.count(caller, filter ?? {}) };
  }

  @Mutation(() => GroupModel)
  async createGroup(@CurrentCaller() caller: Caller, @Args() fields: GroupFields): Promise<GroupModel> {
    return toGroupModel(await this.groups.create(caller, fields));
  }

  @Mutation(() => GroupModel)
  async updateGroup(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args() fields: GroupFields,
  ): Promise<GroupModel> {
    return toGroupModel(await this.groups.update(caller, id, fields));
  }

  @Mutation(() => GroupModel, { description: 'Refused while teams belong to the group.' })
  async deleteGroup(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<GroupModel> {
    return toGroupModel(await this.groups.delete(caller, id));
  }
}
