import { RequestMethod, SetMetadata } from '@nestjs/common';
import { STAFF_ROLES, type StaffRole } from '@dsar/persistence';

export { STAFF_ROLES, type StaffRole };

export const ROLES_KEY = 'dsar:roles';

/** Every signed-in role: for routes that only need a live session (405 catch-alls, logout). */
export const ANY_ROLE: readonly StaffRole[] = STAFF_ROLES;

/**
 * The roles that may call a route (an admin always may). Routes under /api/admin without it
 * follow the default: reads for every role, writes for officers and admins.
 */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES_KEY, roles);

/**
 * The default for an admin route without `@Roles()`: reads for every role, writes for officers
 * and admins; a resource's catch-all (`@All`, which only answers 405) for every signed-in role.
 */
export function defaultRoles(method: string, routeMethod?: RequestMethod): readonly StaffRole[] {
  if (routeMethod === RequestMethod.ALL) return ANY_ROLE;
  return method === 'GET' || method === 'HEAD' ? ANY_ROLE : ['admin', 'officer'];
}

export function roleMayAct(role: StaffRole, allowed: readonly StaffRole[]): boolean {
  return role === 'admin' || allowed.includes(role);
}
