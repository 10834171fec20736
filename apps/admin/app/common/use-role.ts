import { usePermissions } from 'react-admin';
import { roleMay, type StaffRole } from '../providers/permissions.js';

/** `may(resource, action)` for the signed-in role: the same table as the authProvider's canAccess. */
export function useMay() {
  const { permissions } = usePermissions<StaffRole>();
  return (resource: string, action: string) => roleMay(permissions, resource, action);
}
