import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { JSONObjectScalar, type Attributes } from '../../common/json.scalar';
import type { AgentEntity } from './agent.entity';

@ObjectType('AgentTeam', { description: 'The team an agent is in now (id and name).' })
export class AgentTeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('Agent')
export class AgentModel {
  @Field(() => ID) id: string;
  @Field({ description: 'the id interaction records use for this agent' }) externalId: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => AgentTeamModel, { nullable: true }) team: AgentTeamModel | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) hiredOn: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) leftOn: string | null;
  @Field(() => String, { nullable: true, description: 'money as a decimal string ("5000.00"); null unless the caller may see compensation' })
  baseBonus: string | null;
  @Field(() => JSONObjectScalar) attributes: Attributes;
}

@InputType('AgentFilter')
export class AgentFilter {
  @Field(() => String, { nullable: true, description: 'name or external id contains (case-insensitive)' }) q?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: not left (left_on empty or in the future)' }) active?: boolean | null;
}

@ArgsType()
export class AgentFields {
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'null: no team' }) teamId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) hiredOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) leftOn?: string | null;
  @Field(() => String, { nullable: true, description: 'decimal string, at most 2 decimals: "5000.00"' }) baseBonus?: string | null;
  @Field(() => JSONObjectScalar, { nullable: true }) attributes?: Attributes | null;
}

/** `showCompensation`: whether the caller may see this agent's base bonus (access policy). */
export function toAgentModel(agent: AgentEntity, showCompensation: boolean): AgentModel {
  return {
    id: String(agent.id), externalId: agent.externalId, name: agent.name,
    teamId: agent.teamId === null ? null : String(agent.teamId),
    team: agent.team ? { id: String(agent.team.id), name: agent.team.name } : null,
    hiredOn: agent.hiredOn, leftOn: agent.leftOn,
    baseBonus: showCompensation ? agent.baseBonus : null,
    attributes: agent.attributes,
  };
}
