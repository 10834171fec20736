import { z } from 'zod';
import type { FieldProblem } from '@dsar/systems';

export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
export const GOOGLE_ANALYTICS_BASE_URL = 'https://www.googleapis.com/analytics';
export const USER_DELETION_SCOPE = 'https://www.googleapis.com/auth/analytics.user.deletion';

const httpUrl = z
  .string()
  .trim()
  .url('must be an http(s) URL')
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

/**
 * Settings of a `google_analytics` system: the service account (its private key is a secret),
 * the property (GA4 `propertyId` or Universal `webPropertyId`, exactly one), and the endpoints,
 * which only a test or the demo points elsewhere.
 */
export const googleAnalyticsSettingsSchema = z
  .object({
    serviceAccountEmail: z.email('must be the service account e-mail'),
    privateKey: z
      .string()
      .refine((key) => key.includes('PRIVATE KEY-----'), 'must be a PEM private key'),
    propertyId: z.string().trim().regex(/^\d+$/, 'must be a GA4 property id (digits)').optional(),
    webPropertyId: z
      .string()
      .trim()
      .regex(/^UA-\d+-\d+$/, 'must be a web property id such as UA-12345-1')
      .optional(),
    /** Also send USER_ID deletions for the subject's user ids (properties with User-ID on). */
    deleteUserIds: z.boolean().default(false),
    baseUrl: httpUrl.default(GOOGLE_ANALYTICS_BASE_URL),
    tokenUrl: httpUrl.default(GOOGLE_TOKEN_URL),
  })
  .strict()
  .refine((settings) => Boolean(settings.propertyId) !== Boolean(settings.webPropertyId), {
    message: 'give exactly one of propertyId and webPropertyId',
    path: ['propertyId'],
  });

export type GoogleAnalyticsSettings = z.output<typeof googleAnalyticsSettingsSchema>;

export function parseGoogleAnalyticsSettings(
  settings: unknown,
): { ok: true; settings: GoogleAnalyticsSettings } | { ok: false; problems: FieldProblem[] } {
  const parsed = googleAnalyticsSettingsSchema.safeParse(settings);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            field: ['settings', ...issue.path, key].join('.'),
            message: 'is not a known field',
          }))
        : [{ field: ['settings', ...issue.path].join('.'), message: issue.message }],
    ),
  };
}
