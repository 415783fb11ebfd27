import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONObjectScalar, type Attributes } from '../../common/json.scalar';
import type { GroupEntity } from './group.entity';

export enum GroupKind { site = 'site', vendor = 'vendor' }
registerEnumType(GroupKind, { name: 'GroupKind', description: 'site: own site; vendor: outsourced service vendor' });

@ObjectType('Group')
export class GroupModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GroupKind) kind: GroupKind;
  @Field(() => JSONObjectScalar) attributes: Attributes;
}

@InputType('GroupFilter')
export class GroupFilter {
  @Field(() => String, { nullable: true, description: 'name contains (case-insensitive)' }) q?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => GroupKind, { nullable: true }) kind?: GroupKind | null;
}

@ArgsType()
export class GroupFields {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => GroupKind, { nullable: true }) kind?: GroupKind | null;
  @Field(() => JSONObjectScalar, { nullable: true }) attributes?: Attributes | null;
}

export function toGroupModel(group: GroupEntity): GroupModel {
  return { id: String(group.id), name: group.name, kind: group.kind as GroupKind, attributes: group.attributes };
}
