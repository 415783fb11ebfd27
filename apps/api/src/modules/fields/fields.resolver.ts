import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { ListArgs, ListMetadata } from '../../common/list.args';
import { FieldDefinitionFields, FieldDefinitionFilter, FieldDefinitionModel, toFieldDefinitionModel } from './fields.model';
import { FieldsService } from './fields.service';

/** react-admin shape for the resource FieldDefinition. */
@Resolver(() => FieldDefinitionModel)
export class FieldsResolver {
  constructor(private readonly fields: FieldsService) {}

  @Query(() => FieldDefinitionModel, { name: 'FieldDefinition', nullable: true })
  async field(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<FieldDefinitionModel | null> {
    const field = await this.fields.get(caller, id);
    return field && toFieldDefinitionModel(field);
  }

  @Query(() => [FieldDefinitionModel], { name: 'allFieldDefinitions' })
  async allFields(
    @CurrentCaller() caller: Caller,
    @Args() args: ListArgs,
    @Args('filter', { type: () => FieldDefinitionFilter, nullable: true }) filter?: FieldDefinitionFilter | null,
  ): Promise<FieldDefinitionModel[]> {
    return (await this.fields.list(caller, args, filter ?? {})).map(toFieldDefinitionModel);
  }

  @Query(() => ListMetadata, { name: '_allFieldDefinitionsMeta' })
  async allFieldsMeta(
    @CurrentCaller() caller: Caller,
    @Args() _args: ListArgs,
    @Args('filter', { type: () => FieldDefinitionFilter, nullable: true }) filter?: FieldDefinitionFilter | null,
  ): Promise<ListMetadata> {
    return { count: await this.fields.count(caller, filter ?? {}) };
  }

  @Mutation(() => FieldDefinitionModel)
  async createFieldDefinition(@CurrentCaller() caller: Caller, @Args() fields: FieldDefinitionFields): Promise<FieldDefinitionModel> {
    return toFieldDefinitionModel(await this.fields.create(caller, fields));
  }

  @Mutation(() => FieldDefinitionModel)
  async updateFieldDefinition(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args() fields: FieldDefinitionFields,
  ): Promise<FieldDefinitionModel> {
    return toFieldDefinitionModel(await this.fields.update(caller, id, fields));
  }

  @Mutation(() => FieldDefinitionModel)
  async deleteFieldDefinition(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<FieldDefinitionModel> {
    return toFieldDefinitionModel(await this.fields.delete(caller, id));
  }
}
