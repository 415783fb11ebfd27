import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Public } from '../../common/caller.decorators';
import type { GraphqlContext } from '../../common/request-context';
import { credentialsOf } from './auth.guard';
import { LoginResultModel, MeModel, toMeModel, toUserModel } from './auth.model';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => LoginResultModel, { description: 'Exchange a username and password for a session token.' })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
    @Context() context: GraphqlContext,
  ): Promise<LoginResultModel> {
    const address = context.req.ip ?? context.req.socket.remoteAddress ?? 'unknown';
    const result = await this.auth.login(username, password, address);
    return { token: result.token, expiresAt: result.expiresAt.toISOString(), user: toUserModel(result.user) };
  }

  @Mutation(() => Boolean, { description: 'End the session of the token this request carries.' })
  logout(@Context() context: GraphqlContext): Promise<boolean> {
    return this.auth.logout(credentialsOf(context.req).bearer);
  }

  @Query(() => MeModel, { description: 'The authenticated caller.' })
  async me(@CurrentCaller() caller: Caller): Promise<MeModel> {
    const user = caller.kind === 'user' ? await this.auth.findUser(caller.userId) : null;
    return toMeModel(caller, user);
  }
}
