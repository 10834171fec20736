import { z } from 'zod';
import { DELIVERY_FIELDS } from '@dsar/webhooks';
import { parseQueryJson } from '../http/input-text.js';

const json = <T extends z.ZodType>(schema: T, fallback: unknown) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return fallback;
      const parsed = parseQueryJson(value, '');
      if (parsed.ok) return parsed.value;
      for (const error of parsed.errors) {
        const path = error.field === '(body)' || error.field === '' ? [] : error.field.split('.');
        context.addIssue({ code: 'custom', message: error.message, path });
      }
      return z.NEVER;
    })
    .pipe(schema);

const uuid = z.uuid();
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).max(1000)]);

/** `GET /api/admin/deliveries` in the ra-data-simple-rest dialect. */
export const deliveryListQuery = z
  .object({
    sort: json(z.tuple([z.enum(DELIVERY_FIELDS), z.enum(['ASC', 'DESC'])]), ['createdAt', 'DESC']),
    range: json(
      z
        .tuple([z.number().int().min(0), z.number().int().min(0)])
        .refine(([start, end]) => end >= start && end - start < 1000, {
          message: 'must be [start, end] with at most 1000 rows',
        }),
      [0, 24],
    ),
    filter: json(
      z
        .object({
          id: oneOrMany(uuid).optional(),
          messageId: uuid.optional(),
          webhookId: z.string().max(100).optional(),
          systemId: uuid.optional(),
          taskId: uuid.optional(),
          requestId: uuid.optional(),
          eventType: z.string().max(100).optional(),
          statusCode: z.number().int().min(0).max(999).optional(),
          outcome: oneOrMany(
            z.enum(['succeeded', 'accepted', 'retry', 'failed', 'gone']),
          ).optional(),
          redelivery: z.boolean().optional(),
        })
        .strict(),
      {},
    ),
  })
  .strict();

export const idParam = z.object({ id: uuid }).strict();
export const taskIdParam = z.object({ taskId: uuid }).strict();
export const statusTokenQuery = z
  .object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a valid token') })
  .strict();
