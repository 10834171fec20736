import { z } from 'zod';
import { DENIAL_REASONS, EXEMPTION_CODES, JURISDICTIONS } from '@dsar/domain';
import { BULK_MAX_IDS } from '@dsar/requests';
import { correctionsMatchType, submitRequestFields } from '../../public/public-requests.schemas.js';
import { dateInput } from '../../http/input-text.js';

export const idParam = z.object({ id: z.uuid('must be a UUID') }).strict();

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** A request received by post or phone: the public fields, the channel, and the manual check. */
export const staffCreateBody = z
  .object({
    ...submitRequestFields,
    channel: z.enum(['post', 'phone']),
    receivedAt: dateInput.optional(),
    verificationNote: text(2000),
  })
  .strict()
  .superRefine(correctionsMatchType);

export const verifyBody = z.object({ note: text(2000) }).strict();
export const approveBody = z.object({}).strict();
export const denyBody = z
  .object({
    reasonCode: z.enum(DENIAL_REASONS, { error: `must be one of ${DENIAL_REASONS.join(', ')}` }),
    text: text(5000),
  })
  .strict();
export const extendBody = z.object({ reason: text(2000) }).strict();
export const cancelBody = z.object({ reason: text(2000).optional() }).strict();
export const assignBody = z.object({ assigneeId: z.uuid('must be a UUID').nullable() }).strict();
export const noteBody = z.object({ text: text(5000) }).strict();
export const regimeBody = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS, { error: `must be one of ${JURISDICTIONS.join(', ')}` }),
    reason: text(2000),
  })
  .strict();
export const clarifyBody = z.object({ question: text(2000) }).strict();
export const appealDecisionBody = z
  .object({
    outcome: z.enum(['upheld', 'overturned'], { error: 'must be upheld or overturned' }),
    text: text(5000),
  })
  .strict();

const exemptionCode = z.enum(EXEMPTION_CODES, {
  error: `must be one of ${EXEMPTION_CODES.join(', ')}`,
});

/** A part refused: one system (`systemId`) or one data category (`category`), never both. */
export const refusePartBody = z
  .object({
    systemId: z.uuid('must be a UUID').optional(),
    category: text(200).optional(),
    exemptionCode,
    text: text(5000),
  })
  .strict()
  .superRefine((body, context) => {
    if ((body.systemId === undefined) === (body.category === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['systemId'],
        message: 'name exactly one of systemId and category',
      });
    }
  });
export const objectionDecisionBody = z
  .object({
    systemId: z.uuid('must be a UUID'),
    outcome: z.enum(['upheld', 'compelling_grounds'], {
      error: 'must be upheld or compelling_grounds',
    }),
    text: text(5000),
  })
  .strict();
export const denyExemptionBody = z.object({ exemptionCode, text: text(5000) }).strict();

/** The requests a bulk decision names: 1 to BULK_MAX_IDS distinct UUIDs. */
const bulkIds = z
  .array(z.uuid('must be a UUID'), { error: 'must be a list of request ids' })
  .min(1, 'must name at least one request')
  .max(BULK_MAX_IDS, `must name at most ${BULK_MAX_IDS} requests`)
  .refine((ids) => new Set(ids).size === ids.length, 'must not name a request twice');

export const bulkApproveBody = z.object({ ids: bulkIds }).strict();
export const bulkAssignBody = assignBody.extend({ ids: bulkIds }).strict();
export const bulkDenyBody = denyBody.extend({ ids: bulkIds }).strict();
