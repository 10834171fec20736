import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { DomainError } from '@dsar/domain';
import type { Actor } from '@dsar/persistence';
import type { StaffPrincipal } from '@dsar/staff';

/** The signed-in staff member of an HTTP request (set by the global StaffAuthGuard). */
export function staffOf(request: { staff?: StaffPrincipal }): StaffPrincipal {
  if (!request.staff) throw new DomainError('unauthorized', 'Sign in first');
  return request.staff;
}

/** The signed-in staff member, as a handler parameter. */
export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffPrincipal =>
    staffOf(context.switchToHttp().getRequest<{ staff?: StaffPrincipal }>()),
);

export function actorOf(staff: StaffPrincipal): Actor {
  return { type: 'staff', id: staff.id };
}
