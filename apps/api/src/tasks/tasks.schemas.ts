import { z } from 'zod';

export const closeTaskBody = z
  .object({
    outcome: z.enum(['completed', 'not_found']),
    note: z.string().trim().min(3, 'must say what was done').max(2000),
  })
  .strict();

export const taskIdParam = z.object({ id: z.uuid('must be a UUID') }).strict();
