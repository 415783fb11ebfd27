import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { JSONObjectScalar, type Attributes } from '../../common/json.scalar';
import type { TeamEntity } from './team.entity';

@ObjectType('TeamGroup', { description: 'The group a team belongs to (id and name).' })
export class TeamGroupModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) groupId: string | null;
  @Field(() => TeamGroupModel, { nullable: true }) group: TeamGroupModel | null;
  @Field(() => JSONObjectScalar) attributes: Attributes;
}

@InputType('TeamFilter')
export class TeamFilter {
  @Field(() => String, { nullable: true, description: 'name contains (case-insensitive)' }) q?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true }) groupId?: string | null;
}

@ArgsType()
export class TeamFields {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'null: no group' }) groupId?: string | null;
  @Field(() => JSONObjectScalar, { nullable: true }) attributes?: Attributes | null;
}

export function toTeamModel(team: TeamEntity): TeamModel {
  return {
    id: String(team.id), name: team.name, groupId: team.groupId === null ? null : String(team.groupId),
    group: team.group ? { id: String(team.group.id), name: team.group.name } : null,
    attributes: team.attributes,
  };
}
