import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { UnauthenticatedException } from './domain.exception';
import { requestOf } from './request-context';

export const PUBLIC_KEY = 'yardstick:public';

/** Marks a resolver or handler callable without credentials (login). Everything else requires a caller. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Injects the authenticated Caller (set by the auth guard). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const caller = requestOf(context).caller;
  if (!caller) throw new UnauthenticatedException();
  return caller;
});
