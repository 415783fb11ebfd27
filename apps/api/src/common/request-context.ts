import type { IncomingMessage } from 'node:http';
import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Caller } from './caller';

/** The parts of the Express request the service uses; the auth guard stores the caller on it. */
export interface CallerRequest extends IncomingMessage {
  /** client address as Express computes it (honours `trust proxy`) */
  ip?: string;
  caller?: Caller;
}

/** The parts of the Express response the exception filter uses. */
export interface JsonResponse {
  status(code: number): { json(body: unknown): unknown };
}

export function requestOf(context: ExecutionContext): CallerRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
  }
  return context.switchToHttp().getRequest<CallerRequest>();
}

/** The GraphQL context object: built from the Express request for every operation. */
export interface GraphqlContext {
  req: CallerRequest;
}
