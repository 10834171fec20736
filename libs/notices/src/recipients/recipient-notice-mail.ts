import {
  categoryLabel,
  IDENTITY_TYPE_LABELS,
  isIdentityType,
  REQUEST_TYPE_RULES,
  type NotifyingType,
} from '@dsar/domain';
import type { MailMessage } from '@dsar/mail';
import { staffMail } from '../staff-mail.js';

export interface RecipientNoticeInput {
  to: string;
  recipientName: string;
  controllerName: string;
  replyTo: string;
  reference: string;
  action: NotifyingType;
  /** The affected systems whose data the recipient received. */
  systemNames: string[];
  /** Only what this recipient received (`recipientDisclosure`), never the whole request's. */
  identities: Partial<Record<string, string[]>>;
  corrections: { field: string; value: string }[];
}

const listed = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/** Per right told to recipients: what was done (naming the article) and what they are asked. */
const NOTICE_WORDS: Record<NotifyingType, { what: string; ask: string }> = {
  erasure: {
    what: 'erased personal data of the person identified below (right to erasure, Art. 17 GDPR)',
    ask: 'Please erase the personal data of this person that you received from us, unless you must keep it by law.',
  },
  rectification: {
    what: 'corrected personal data of the person identified below (right to rectification, Art. 16 GDPR)',
    ask: 'Please correct the personal data of this person that you received from us.',
  },
  restriction: {
    what: 'restricted the processing of personal data of the person identified below (right to restriction, Art. 18 GDPR)',
    ask: 'Please restrict the processing of the personal data of this person that you received from us: keep it stored, but do not otherwise use it until we tell you the restriction is lifted.',
  },
};

/** GDPR Art. 19: tell each recipient of the data that it was erased or corrected at the source. */
export function recipientNoticeMail(input: RecipientNoticeInput): MailMessage {
  const identities = Object.entries(input.identities)
    .filter(([, values]) => values && values.length)
    .map(
      ([type, values]) =>
        `${isIdentityType(type) ? IDENTITY_TYPE_LABELS[type] : type} ${values!.join(', ')}`,
    )
    .join('; ');
  // The body names the right too: a notice forwarded or filed without its subject still says
  // what was done and under which article.
  const { what, ask } = NOTICE_WORDS[input.action];
  return staffMail(input.to, {
    subject: `${input.controllerName}: notice of ${input.action} under Art. 19 GDPR (${input.reference})`,
    paragraphs: [
      `Dear ${input.recipientName},`,
      `At the request of the data subject, ${input.controllerName} ${what} in ${listed(input.systemNames)}. ` +
        `We disclosed data from ${input.systemNames.length > 1 ? 'these systems' : 'that system'} to you, so Art. 19 GDPR asks us to tell you.`,
      `Identified by: ${identities || 'see the reference'}.`,
      ...(REQUEST_TYPE_RULES[input.action].carriesCorrections && input.corrections.length
        ? [
            `Corrections: ${input.corrections.map((c) => `${categoryLabel(c.field)} (${c.field}) → ${c.value}`).join('; ')}.`,
          ]
        : []),
      ask,
      `Questions: ${input.replyTo}, quoting ${input.reference}.`,
    ],
  });
}
