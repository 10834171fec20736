import { z } from 'zod';
import { JURISDICTIONS, REQUEST_TYPES } from '@dsar/domain';

// Both lists come from @dsar/domain: the request types and the regime packs' codes.
const requestTypes = z.enum(REQUEST_TYPES);
const jurisdictions = z.enum(JURISDICTIONS);

/** One auto-approval rule: verified requests of this type (and jurisdiction, when given) go straight on. */
const autoApprovalRule = z
  .object({ type: requestTypes, jurisdiction: jurisdictions.optional() })
  .strict();

/**
 * Policies officers tune at /api/admin/settings, each with its default. Infrastructure settings
 * live in the environment (@dsar/config) instead.
 */
export const settingsSchema = z
  .object({
    verificationExpiryHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(72),
    autoApproval: z.array(autoApprovalRule).max(20).default([]),
    controllerName: z.string().trim().min(1).max(200).default('Flatris'),
    controllerContact: z.string().trim().min(3).max(300).default('privacy@flatris.example'),
    supervisoryAuthority: z
      .string()
      .trim()
      .min(3)
      .max(500)
      .default('the data-protection supervisory authority of your country of residence'),
    /** Mails to one address per day from public intake (no mail-bombing a third party). */
    mailsPerRecipientPerDay: z.number().int().min(1).max(100).default(5),
    /** Delays in seconds between webhook attempts. */
    retrySchedule: z
      .array(
        z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 3600),
      )
      .min(1)
      .max(20)
      .default([30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600]),
    packageRetentionDays: z.number().int().min(1).max(365).default(30),
    downloadLinkHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(7 * 24),
    /** Days a status link keeps working after its request closes (completed, denied, …). */
    statusLinkDaysAfterClose: z.number().int().min(1).max(3650).default(90),
    deliveryBodyRetentionDays: z.number().int().min(1).max(3650).default(90),
    staffAlertEmails: z.array(z.email()).max(50).default([]),
    /**
     * A task waiting this long alerts staff once. 72 h: the default retry schedule gives up after
     * about 11 h, so a task still waiting after three days waits on a silent system (a callback
     * that never came), and a one-month deadline still leaves weeks to act.
     */
    /**
     * Staff aim to answer this many working days before the legal date: the queue's colours and
     * the digest use the target; the subject is told the legal date.
     */
    internalTargetDays: z.number().int().min(0).max(60).default(5),
    /**
     * Processor tasks (webhook and e-mail systems) and manual tasks are due this many calendar
     * days before the subject's date (`processorDueAt`): GDPR Art. 28(3)(e) has processors assist
     * with requests; 7 days to check and send on their answer is our reading, not the law's.
     */
    processorLeadDays: z.number().int().min(0).max(60).default(7),
    waitingTaskAlertHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(72),
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
