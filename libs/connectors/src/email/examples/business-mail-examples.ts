import { processorDisclosure, type RecipientSource } from '@dsar/domain';
import type { MailMessage } from '@dsar/mail';
import { recipientNoticeMail } from '@dsar/notices';
import {
  processorCancellationMail,
  processorRequestMail,
  restrictionLiftedMail,
} from '../processor-mail.js';

/** The mails to businesses, by outbox template name, rendered into docs/mails/business. */
export const BUSINESS_MAILS = [
  'processor_request',
  'processor_reminder',
  'processor_restriction_lifted',
  'processor_cancel',
  'recipient_notice',
] as const;
export type BusinessMailName = (typeof BUSINESS_MAILS)[number];

const controller = {
  controllerName: 'Flatris',
  replyTo: 'privacy@flatris.example',
  reference: 'DSR-2026-000042',
};
const identities = { email: ['ada@example.com'], cookie_id: ['fl_4f1c', 'fl_9a02'] };
/** The ad partners key their data by cookie id only: the mail names nothing else of Ada's. */
const adPartners: RecipientSource = {
  identityTypes: ['cookie_id'],
  categories: ['user.device.cookie_id', 'user.behavior.browsing_history'],
};
const toAdPartners = processorDisclosure(adPartners, {
  identities,
  corrections: [],
  name: 'Ada Lovelace',
});
const processor = {
  ...controller,
  to: 'privacy@adpartner.example',
  systemName: 'Advertising and retargeting partners',
  disclosed: toAdPartners,
  dueAt: new Date('2026-12-21T22:59:59.999Z'),
  timeZone: 'Europe/Berlin',
};

/** One example of each mail to a business, in the reader's language. */
export function businessMail(name: BusinessMailName, language: 'en' | 'de'): MailMessage {
  const examples: Record<BusinessMailName, () => MailMessage> = {
    processor_request: () => processorRequestMail({ ...processor, language, action: 'erasure' }),
    processor_reminder: () =>
      processorRequestMail({ ...processor, language, action: 'erasure', reminder: true }),
    processor_restriction_lifted: () => restrictionLiftedMail({ ...processor, language }),
    processor_cancel: () => processorCancellationMail({ ...processor, language }),
    recipient_notice: () =>
      recipientNoticeMail({
        ...controller,
        to: 'privacy@liqpay.example',
        recipientName: 'LiqPay',
        language,
        action: 'rectification',
        systemNames: ['Accounts database', 'Payments database'],
        identities: { email: ['ada@example.com'], user_id: ['1'] },
        corrections: [{ field: 'user.contact.email', value: 'ada.lovelace@example.com' }],
      }),
  };
  return examples[name]();
}
