import { z } from 'zod';
import { MAX_IDENTITY_LENGTH } from '@dsar/domain';
import { emailAddress } from '../public/public-requests.schemas.js';

/** A browser id as the site's cookie holds it: printable text, no control characters. */
export const browserId = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_IDENTITY_LENGTH)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'must be printable text');

/** `POST /api/signals/gpc`: the identities the signal is about; at least one. */
export const gpcSignalBody = z
  .object({
    identities: z
      .object({
        cookie_id: z.array(browserId).min(1).max(20).optional(),
        email: z.array(emailAddress).min(1).max(5).optional(),
      })
      .strict()
      .refine((ids) => ids.cookie_id !== undefined || ids.email !== undefined, {
        message: 'must name a cookie_id or an email',
      }),
  })
  .strict();
