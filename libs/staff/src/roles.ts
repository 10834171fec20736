import { applyDecorators, RequestMethod, SetMetadata } from '@nestjs/common';
import { STAFF_ROLES, type StaffRole } from '@dsar/persistence';

export { STAFF_ROLES, type StaffRole };

export const ROLES_KEY = 'dsar:roles';
export const ACCESS_KEY = 'dsar:access';

/**
 * Who may reach a route: anyone, or a live staff session. The guard decides from this metadata
 * alone (never from the path text), and a route without it is refused.
 */
export type RouteAccess = 'public' | 'staff';

/**
 * Open to anyone (the subject's pages, intake, health, signed callbacks). On a class it covers
 * every handler; a handler's own `@Roles()` or `@StaffOnly()` still wins.
 */
export const Public = () => SetMetadata(ACCESS_KEY, 'public' satisfies RouteAccess);

/**
 * Needs a live staff session. Without roles the default applies (see `defaultRoles`); with
 * roles, only those (an admin always may).
 */
export const StaffOnly = (...roles: StaffRole[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, 'staff' satisfies RouteAccess),
    ...(roles.length > 0 ? [SetMetadata(ROLES_KEY, roles)] : []),
  );

/** Every signed-in role: for routes that only need a live session (405 catch-alls, logout). */
export const ANY_ROLE: readonly StaffRole[] = STAFF_ROLES;

/** The roles that may call a route (an admin always may); it marks the route staff-only too. */
export const Roles = (...roles: StaffRole[]) => StaffOnly(...roles);

/**
 * The default for a staff route without `@Roles()`: reads for every role, writes for officers
 * and admins; a resource's catch-all (`@All`, which only answers 405) for every signed-in role.
 */
export function defaultRoles(method: string, routeMethod?: RequestMethod): readonly StaffRole[] {
  if (routeMethod === RequestMethod.ALL) return ANY_ROLE;
  return method === 'GET' || method === 'HEAD' ? ANY_ROLE : ['admin', 'officer'];
}

export function roleMayAct(role: StaffRole, allowed: readonly StaffRole[]): boolean {
  return role === 'admin' || allowed.includes(role);
}
