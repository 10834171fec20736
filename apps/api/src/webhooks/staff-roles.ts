import { DomainError } from '@dsar/domain';

export type StaffRole = 'admin' | 'officer' | 'viewer';

/**
 * The role check of these routes, in the service's own terms: the global StaffAuthGuard
 * (@dsar/staff) authenticates and puts the member on the request (`request.staff`); this check
 * holds wherever the routes are mounted (the feature's tests mount them without the guard).
 * No member is 401, a role that may not act is 403.
 */
export function requireRole(
  request: { staff?: { id?: string; role?: string } },
  allowed: StaffRole[],
): void {
  const staff = request.staff;
  if (!staff?.id) throw new DomainError('unauthorized', 'Sign in first');
  if (!allowed.includes(staff.role as StaffRole)) {
    throw new DomainError('forbidden', `This action needs the ${allowed.join(' or ')} role`);
  }
}

export const READERS: StaffRole[] = ['admin', 'officer', 'viewer'];
export const WORKERS: StaffRole[] = ['admin', 'officer'];
export const ADMINS: StaffRole[] = ['admin'];
