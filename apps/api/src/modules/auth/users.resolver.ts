import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { ApiKeyModel, CreatedApiKeyModel, RoleModel, toApiKeyModel, toUserModel, UserModel } from './auth.model';
import { UsersService } from './users.service';

@Resolver()
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Mutation(() => UserModel, { description: 'Admin: create a login. Supervisors get teamIds; agent logins an agentId.' })
  async createUser(
    @CurrentCaller() caller: Caller,
    @Args('username') username: string,
    @Args('displayName') displayName: string,
    @Args('password') password: string,
    @Args('role', { type: () => RoleModel }) role: RoleModel,
    @Args('agentId', { type: () => ID, nullable: true }) agentId?: string | null,
    @Args('teamIds', { type: () => [ID], nullable: true }) teamIds?: string[] | null,
  ): Promise<UserModel> {
    const user = await this.users.createUser(caller, {
      username, displayName, password, role,
      agentId: agentId ? Number(agentId) : null, teamIds: (teamIds ?? []).map(Number),
    });
    return toUserModel(user);
  }

  @Query(() => [ApiKeyModel], { description: 'Admin: integrator API keys (never the secrets).' })
  async apiKeys(@CurrentCaller() caller: Caller): Promise<ApiKeyModel[]> {
    return (await this.users.listApiKeys(caller)).map(toApiKeyModel);
  }

  @Mutation(() => CreatedApiKeyModel, { description: 'Admin: create an integrator key with scopes ingest and/or read.' })
  async createApiKey(
    @CurrentCaller() caller: Caller,
    @Args('name') name: string,
    @Args('scopes', { type: () => [String] }) scopes: string[],
  ): Promise<CreatedApiKeyModel> {
    const created = await this.users.createApiKey(caller, { name, scopes });
    return { key: created.key, apiKey: toApiKeyModel(created.apiKey) };
  }

  @Mutation(() => Boolean, { description: 'Admin: revoke an API key; requests with it fail from now on.' })
  revokeApiKey(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.users.revokeApiKey(caller, Number(id));
  }
}
