import { z } from 'zod';

export const closeTaskBody = z
  .object({
    /** `failed`: it could not be done there; the request completes and the answer says so. */
    outcome: z.enum(['completed', 'not_found', 'failed']),
    /** Internal: staff and the audit trail only. */
    note: z.string().trim().min(3, 'must say what was done').max(2000),
    /** Shown to the subject (package, answer mail); the only note that leaves the back-office. */
    subjectNote: z.string().trim().min(3, 'must say something to the person').max(2000).optional(),
  })
  .strict()
  .refine((body) => body.outcome !== 'failed' || body.subjectNote, {
    path: ['subjectNote'],
    message: 'is required when the task could not be done: the answer tells the person why',
  });

export const taskIdParam = z.object({ id: z.uuid('must be a UUID') }).strict();
