import { z } from 'zod';
import {
  canonicalLanguageTag,
  isRequestType,
  JURISDICTIONS,
  OBJECTION_GROUNDS,
  REQUEST_TYPE_RULES,
  REQUEST_TYPES,
} from '@dsar/domain';

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
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('must be an e-mail address'));

/** Corrections come with a rectification, and only with one (public form and staff entry). */
export function correctionsMatchType(
  body: { type: string; corrections?: unknown[]; objectionGround?: string },
  context: z.RefinementCtx,
): void {
  const carries = isRequestType(body.type) && REQUEST_TYPE_RULES[body.type].carriesCorrections;
  if (carries && !body.corrections) {
    context.addIssue({
      code: 'custom',
      path: ['corrections'],
      message: 'is required for a rectification',
    });
  }
  if (!carries && body.corrections) {
    context.addIssue({
      code: 'custom',
      path: ['corrections'],
      message: 'is only accepted for a rectification',
    });
  }
  const objects = body.type === 'objection';
  if (objects !== (body.objectionGround !== undefined)) {
    context.addIssue({
      code: 'custom',
      path: ['objectionGround'],
      message: objects
        ? `is required for an objection: ${OBJECTION_GROUNDS.join(' or ')}`
        : 'is only accepted for an objection',
    });
  }
}

/** Where the subject lives: ISO 3166-1 alpha-2 and, where it matters, ISO 3166-2 (`US-VA`). */
const residence = z
  .object({
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as DE'),
    region: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 subdivision code such as US-VA')
      .optional(),
  })
  .strict()
  .refine((place) => !place.region || place.region.startsWith(`${place.country}-`), {
    path: ['region'],
    message: 'must be a subdivision of the country',
  });

/** BCP 47, kept canonical (`pt-br` → `pt-BR`); the answer's language where a translation exists. */
const language = z
  .string()
  .trim()
  .max(35)
  .transform((tag, context) => {
    const canonical = canonicalLanguageTag(tag);
    if (canonical) return canonical;
    context.addIssue({
      code: 'custom',
      message: 'must be a BCP 47 language tag such as de or pt-BR',
    });
    return z.NEVER;
  });

export const submitRequestFields = {
  type: z.enum(REQUEST_TYPES),
  email: emailAddress,
  name: z.string().trim().min(1).max(200).optional(),
  jurisdiction: z.enum(JURISDICTIONS).optional(),
  residence: residence.optional(),
  language: language.optional(),
  details: z.string().trim().max(5000).optional(),
  corrections: z.array(correction).min(1, 'must list at least one correction').max(20).optional(),
  /** GDPR Art. 21: to direct marketing (absolute) or to processing on legitimate interests. */
  objectionGround: z
    .enum(OBJECTION_GROUNDS, { error: `must be one of ${OBJECTION_GROUNDS.join(', ')}` })
    .optional(),
};

export const submitRequestBody = z
  .object(submitRequestFields)
  .strict()
  .superRefine(correctionsMatchType);

export const tokenBody = z.object({ token: z.string().max(200) }).strict();

export const resendBody = z
  .object({ email: emailAddress, reference: z.string().trim().toUpperCase().max(40) })
  .strict();

const subjectText = z.string().trim().min(1, 'must not be empty').max(5000);
export const clarificationBody = z
  .object({ token: z.string().max(200), answer: subjectText })
  .strict();
export const appealBody = z.object({ token: z.string().max(200), text: subjectText }).strict();

export const statusQuery = z.object({ token: z.string().max(200) });
