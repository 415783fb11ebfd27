import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY } from '../../common/caller.decorators';
import { UnauthenticatedException } from '../../common/domain.exception';
import { requestOf, type CallerRequest } from '../../common/request-context';
import { AuthService, type Credentials } from './auth.service';

/**
 * Global guard (GraphQL resolvers and HTTP handlers alike): resolves the caller from `Authorization: Bearer …`
 * or `X-Api-Key: …` and refuses anonymous calls except to handlers marked @Public().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService, private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = requestOf(context);
    request.caller ??= await this.auth.authenticate(credentialsOf(request));
    if (!request.caller) throw new UnauthenticatedException();
    return true;
  }
}

export function credentialsOf(request: CallerRequest): Credentials {
  const authorization = request.headers.authorization?.trim();
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const apiKey = request.headers['x-api-key'];
  return { bearer, apiKey: typeof apiKey === 'string' && apiKey.trim() ? apiKey.trim() : undefined };
}
