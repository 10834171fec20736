import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { DomainError } from '@dsar/domain';
import type { Actor } from '@dsar/persistence';
import type { StaffPrincipal } from '@dsar/staff';

/** The signed-in staff member (set by the global StaffAuthGuard). */
export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffPrincipal => {
    const staff = context.switchToHttp().getRequest<{ staff?: StaffPrincipal }>().staff;
    if (!staff) throw new DomainError('unauthorized', 'Sign in first');
    return staff;
  },
);

export function actorOf(staff: StaffPrincipal): Actor {
  return { type: 'staff', id: staff.id };
}
