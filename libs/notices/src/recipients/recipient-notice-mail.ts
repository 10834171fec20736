import { categoryLabel, REQUEST_TYPE_RULES, type NotifyingType } from '@dsar/domain';
import type { MailMessage } from '@dsar/mail';
import { staffMail } from '../staff-mail.js';
import {
  actionKey,
  businessTranslator,
  identityList,
  listed,
  noticeAskKey,
  noticeDoneKey,
} from '../catalogs/index.js';

export interface RecipientNoticeInput {
  to: string;
  recipientName: string;
  /** The recipient's language from the registry (BCP 47); English when none is given. */
  language?: string | null;
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

/** GDPR Art. 19: tell each recipient of the data that it was erased or corrected at the source. */
export function recipientNoticeMail(input: RecipientNoticeInput): MailMessage {
  const t = businessTranslator(input.language, 'UTC');
  const identities = identityList(t, input.identities);
  const common = { controller: input.controllerName, reference: input.reference };
  // The body names the right too: a notice forwarded or filed without its subject still says
  // what was done and under which article.
  return staffMail(input.to, {
    language: t.language,
    subject: t.text('notice.subject', { ...common, action: t.text(actionKey(input.action)) }),
    paragraphs: [
      t.text('notice.greeting', { name: input.recipientName }),
      t.text(noticeDoneKey(input.action), { ...common, systems: listed(t, input.systemNames) }) +
        ' ' +
        t.text('notice.disclosed', { count: input.systemNames.length }),
      identities
        ? t.text('notice.identified', { identities })
        : t.text('notice.identifiedByReference'),
      ...(REQUEST_TYPE_RULES[input.action].carriesCorrections && input.corrections.length
        ? [
            t.text('common.corrections', {
              corrections: input.corrections
                .map((c) =>
                  t.text('common.correction', {
                    label: categoryLabel(c.field, t.language),
                    field: c.field,
                    value: c.value,
                  }),
                )
                .join('; '),
            }),
          ]
        : []),
      t.text(noticeAskKey(input.action)),
      t.text('common.questions', { replyTo: input.replyTo, reference: input.reference }),
    ],
  });
}
