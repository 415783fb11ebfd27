import { useCanAccess, usePermissions } from 'react-admin';
import { isRole, type Role } from '../providers/permissions';

/** The logged-in user's role (react-admin permissions), or null while unknown. */
export function useRole(): Role | null {
  const { permissions } = usePermissions<unknown>();
  return isRole(permissions) ? permissions : null;
}

/** Whether the user may edit records of `resource`: lists open the edit form on click only then. */
export function useCanEdit(resource: string): boolean {
  const { canAccess } = useCanAccess({ resource, action: 'edit' });
  return canAccess === true;
}
