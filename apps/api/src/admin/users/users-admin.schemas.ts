import { z } from 'zod';
import { passwordSchema, STAFF_ROLES } from '@dsar/staff';

const email = z.string().trim().toLowerCase().max(254).pipe(z.email('must be an e-mail address'));
const name = z.string().trim().min(1, 'must not be empty').max(200);

export const createUserBody = z
  .object({ email, name, role: z.enum(STAFF_ROLES), password: passwordSchema })
  .strict();

/**
 * React-Admin's update sends the whole record back: the read-only fields of the view are
 * accepted and ignored, anything else unknown is refused.
 */
export const updateUserBody = z
  .object({
    name: name.optional(),
    role: z.enum(STAFF_ROLES).optional(),
    enabled: z.boolean().optional(),
    password: passwordSchema.optional(),
    id: z.unknown().optional(),
    email: z.unknown().optional(),
    lastLoginAt: z.unknown().optional(),
    createdAt: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
  })
  .strict();
