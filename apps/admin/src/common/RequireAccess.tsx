import type { ReactElement } from 'react';
import { AccessDenied, Loading, useCanAccess } from 'react-admin';
import type { AccessRule } from './console-module';

/** A module page for the roles its rule allows; others see react-admin's "access denied". */
export const RequireAccess = ({ access, children }: { access?: AccessRule; children: ReactElement }) => {
  const { canAccess, isPending } = useCanAccess({ resource: access?.resource ?? 'dashboard', action: access?.action ?? 'list' });
  if (!access) return children;
  if (isPending) return <Loading />;
  return canAccess ? children : <AccessDenied />;
};
