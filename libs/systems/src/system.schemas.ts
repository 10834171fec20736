import { z } from 'zod';
import { canonicalLanguageTag, categoryProblem, IDENTITY_TYPES, REQUEST_TYPES } from '@dsar/domain';
import { SYSTEM_KINDS } from './system-record.js';

const label = z.string().trim().min(1).max(200);
const labels = z.array(label).max(200);
/** A registered category must be one the taxonomy can name to a person (`DATA_CATEGORIES`). */
const category = label.superRefine((code, ctx) => {
  const problem = categoryProblem(code);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The language a business contact reads (BCP 47, kept canonical): its mails are written in it. */
export const languageTag = z
  .string()
  .trim()
  .max(35)
  .transform((tag, context) => {
    const canonical = canonicalLanguageTag(tag);
    if (canonical) return canonical;
    context.addIssue({ code: 'custom', message: 'must be a BCP 47 language tag such as de or en' });
    return z.NEVER;
  });

/** A system as staff register it (the contract's fields); settings are checked per kind. */
export const systemInput = z
  .object({
    name: label,
    kind: z.enum(SYSTEM_KINDS),
    owner: z.object({ name: label, email: z.email() }).strict(),
    enabled: z.boolean().default(true),
    categories: z.array(category).max(200).default([]),
    purposes: labels.default([]),
    legalBases: labels.default([]),
    recipients: z
      .array(
        z
          .object({ name: label, email: z.email().optional(), language: languageTag.optional() })
          .strict(),
      )
      .max(100)
      .default([]),
    retention: z.string().trim().max(500).nullable().default(null),
    source: z.string().trim().min(1).max(500).nullable().default(null),
    transfers: z
      .array(
        z
          .object({
            country: z
              .string()
              .trim()
              .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US'),
            safeguard: z.string().trim().min(3, 'must name the safeguard (Art. 46)').max(300),
          })
          .strict(),
      )
      .max(50)
      .default([]),
    automatedDecisions: z.string().trim().min(1).max(1000).nullable().default(null),
    identityTypes: z.array(z.enum(IDENTITY_TYPES)).min(1),
    actions: z.array(z.enum(REQUEST_TYPES)).min(1),
    settings: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** React-Admin sends the whole record back on update: read-only fields are accepted and ignored. */
export const systemUpdate = systemInput.extend({
  id: z.string().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
});

export type SystemInput = z.infer<typeof systemInput>;
