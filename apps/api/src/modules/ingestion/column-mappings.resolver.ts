import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { ListArgs, ListMetadata } from '../../common/list.args';
import { ColumnMappingFields, ColumnMappingFilter, ColumnMappingModel, toColumnMappingModel } from './column-mapping.model';
import { ColumnMappingsService } from './column-mappings.service';

/** react-admin shape for the resource ColumnMapping. */
@Resolver(() => ColumnMappingModel)
export class ColumnMappingsResolver {
  constructor(private readonly mappings: ColumnMappingsService) {}

  @Query(() => ColumnMappingModel, { name: 'ColumnMapping', nullable: true })
  async columnMapping(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ColumnMappingModel | null> {
    const mapping = await this.mappings.get(caller, id);
    return mapping && toColumnMappingModel(mapping);
  }

  @Query(() => [ColumnMappingModel], { name: 'allColumnMappings' })
  async allColumnMappings(
    @CurrentCaller() caller: Caller,
    @Args() args: ListArgs,
    @Args('filter', { type: () => ColumnMappingFilter, nullable: true }) filter?: ColumnMappingFilter | null,
  ): Promise<ColumnMappingModel[]> {
    return (await this.mappings.list(caller, args, filter ?? {})).map(toColumnMappingModel);
  }

  @Query(() => ListMetadata, { name: '_allColumnMappingsMeta' })
  async allColumnMappingsMeta(
    @CurrentCaller() caller: Caller,
    @Args() _args: ListArgs,
    @Args('filter', { type: () => ColumnMappingFilter, nullable: true }) filter?: ColumnMappingFilter | null,
  ): Promise<ListMetadata> {
    return { count: await this.mappings.count(caller, filter ?? {}) };
  }

  @Mutation(() => ColumnMappingModel)
  async createColumnMapping(@CurrentCaller() caller: Caller, @Args() fields: ColumnMappingFields): Promise<ColumnMappingModel> {
    return toColumnMappingModel(await this.mappings.create(caller, fields));
  }

  @Mutation(() => ColumnMappingModel)
  async updateColumnMapping(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args() fields: ColumnMappingFields,
  ): Promise<ColumnMappingModel> {
    return toColumnMappingModel(await this.mappings.update(caller, id, fields));
  }

  @Mutation(() => ColumnMappingModel)
  async deleteColumnMapping(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ColumnMappingModel> {
    return toColumnMappingModel(await this.mappings.delete(caller, id));
  }
}
