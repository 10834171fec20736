import { z } from 'zod';
import { OutboundAddressPolicy } from '@dsar/outbound';
import { generateWebhookSecret, isWebhookSecret } from '@dsar/webhooks';
import type { FieldProblem } from '@dsar/systems';

/** Webhook settings `{url, secret?}`; the rotation fields are written by the rotate action. */
export const webhookSettingsSchema = z
  .object({
    url: z.string().trim().min(1).max(2000),
    secret: z
      .string()
      .refine(isWebhookSecret, 'must be a whsec_… secret (base64 after the prefix)')
      .optional(),
    previousSecret: z.string().refine(isWebhookSecret, 'must be a whsec_… secret').optional(),
    previousSecretUntil: z.iso.datetime().optional(),
  })
  .strict();

export function webhookSettingsProblems(
  settings: unknown,
  policy: OutboundAddressPolicy,
): FieldProblem[] {
  const parsed = webhookSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    return parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            field: ['settings', ...issue.path, key].join('.'),
            message: 'is not a known field',
          }))
        : [{ field: ['settings', ...issue.path].join('.'), message: issue.message }],
    );
  }
  const problem = policy.checkUrl(parsed.data.url);
  return problem ? [{ field: 'settings.url', message: problem }] : [];
}

/**
 * On create: a missing secret is generated; the caller returns `revealed.secret` once in the
 * create answer and stores the settings sealed.
 */
export function completeWebhookSettings(settings: Record<string, unknown>): {
  settings: Record<string, unknown>;
  revealed: Record<string, string>;
} {
  if (typeof settings.secret === 'string' && settings.secret) return { settings, revealed: {} };
  const secret = generateWebhookSecret();
  return { settings: { ...settings, secret }, revealed: { secret } };
}
