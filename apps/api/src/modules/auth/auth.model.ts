import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import type { ApiKeyEntity, UserEntity } from './auth.entities';

export enum RoleModel { admin = 'admin', supervisor = 'supervisor', agent = 'agent', hr = 'hr', auditor = 'auditor' }
registerEnumType(RoleModel, { name: 'Role' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => RoleModel) role: RoleModel;
  @Field(() => ID, { nullable: true, description: 'the agent this login belongs to (role agent)' }) agentId: string | null;
}

@ObjectType('LoginResult')
export class LoginResultModel {
  @Field({ description: 'send as `Authorization: Bearer <token>`' }) token: string;
  @Field({ description: 'ISO 8601' }) expiresAt: string;
  @Field(() => UserModel) user: UserModel;
}

@ObjectType('Me', { description: 'who the request is authenticated as' })
export class MeModel {
  @Field({ description: 'user or integration' }) kind: string;
  @Field(() => UserModel, { nullable: true }) user: UserModel | null;
  @Field(() => RoleModel, { nullable: true }) role: RoleModel | null;
  @Field(() => ID, { nullable: true }) agentId: string | null;
  @Field(() => [ID], { description: 'supervisor: supervised teams; agent: own team' }) teamIds: string[];
  @Field(() => String, { nullable: true, description: 'integration: the API key name' }) apiKeyName: string | null;
  @Field(() => [String], { description: 'integration: ingest, read' }) scopes: string[];
}

@ObjectType('ApiKey')
export class ApiKeyModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'the first characters of the key, to recognise it' }) prefix: string;
  @Field(() => [String]) scopes: string[];
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) lastUsedAt: string | null;
  @Field(() => String, { nullable: true }) revokedAt: string | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyModel {
  @Field({ description: 'the secret, shown only now: send as `X-Api-Key: <key>`' }) key: string;
  @Field(() => ApiKeyModel) apiKey: ApiKeyModel;
}

export function toUserModel(user: UserEntity): UserModel {
  return {
    id: String(user.id), username: user.username, displayName: user.displayName,
    role: user.role as RoleModel, agentId: user.agentId === null ? null : String(user.agentId),
  };
}

export function toMeModel(caller: Caller, user: UserEntity | null): MeModel {
  if (caller.kind === 'integration') {
    return { kind: 'integration', user: null, role: null, agentId: null, teamIds: [], apiKeyName: caller.name, scopes: [...caller.scopes] };
  }
  return {
    kind: 'user', user: user && toUserModel(user), role: caller.role as RoleModel,
    agentId: caller.agentId === null ? null : String(caller.agentId),
    teamIds: caller.teamIds.map(String), apiKeyName: null, scopes: [],
  };
}

export function toApiKeyModel(key: ApiKeyEntity): ApiKeyModel {
  return {
    id: String(key.id), name: key.name, prefix: key.keyPrefix, scopes: key.scopes, createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null, revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
