import { z } from 'zod';
import { JURISDICTIONS, REQUEST_TYPES } from '@dsar/domain';

const correction = z
  .object({
    field: z
      .string()
      .trim()
      .max(100)
      .regex(
        /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/,
        'must be a data category such as user.contact.email',
      ),
    value: z.string().trim().min(1, 'must not be empty').max(1000),
  })
  .strict();

/** Trimmed and lower-cased before it is checked: "  Ada@Example.COM " is ada@example.com. */
const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('must be an e-mail address'));

export const submitRequestBody = z
  .object({
    type: z.enum(REQUEST_TYPES),
    email: emailAddress,
    name: z.string().trim().min(1).max(200).optional(),
    jurisdiction: z.enum(JURISDICTIONS),
    details: z.string().trim().max(5000).optional(),
    corrections: z.array(correction).min(1, 'must list at least one correction').max(20).optional(),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.type === 'rectification' && !body.corrections) {
      context.addIssue({
        code: 'custom',
        path: ['corrections'],
        message: 'is required for a rectification',
      });
    }
    if (body.type !== 'rectification' && body.corrections) {
      context.addIssue({
        code: 'custom',
        path: ['corrections'],
        message: 'is only accepted for a rectification',
      });
    }
  });

export const tokenBody = z.object({ token: z.string().max(200) }).strict();

export const resendBody = z
  .object({ email: emailAddress, reference: z.string().trim().toUpperCase().max(40) })
  .strict();

export const statusQuery = z.object({ token: z.string().max(200) });
