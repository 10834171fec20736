import {
  categoryLabel,
  REQUEST_TYPE_RULES,
  type ProcessorDisclosure,
  type RequestType,
} from '@dsar/domain';
import type { MailMessage } from '@dsar/mail';
import {
  actionKey,
  askKey,
  businessTranslator,
  identityList,
  staffMail,
  type BusinessTranslator,
} from '@dsar/notices';

export interface ProcessorMailInput {
  to: string;
  /** The processor's language from the registry (BCP 47); English when none is given. */
  language?: string | null;
  reference: string;
  action: RequestType;
  /** Only what the processor's system holds (`disclosedToProcessor`), never the whole request. */
  disclosed: ProcessorDisclosure;
  dueAt: Date;
  timeZone: string;
  controllerName: string;
  replyTo: string;
  systemName: string;
  reminder?: boolean;
}

/** "About whom: …", naming the person only where the processor holds the name. */
function aboutWhom(t: BusinessTranslator, disclosed: ProcessorDisclosure): string {
  const identities = identityList(t, disclosed.identities) || t.text('processor.whom.noIdentities');
  return disclosed.name
    ? t.text('processor.whom.named', { name: disclosed.name, identities })
    : t.text('processor.whom.anonymous', { identities });
}

/**
 * The request to a processor's privacy contact: what, about whom, which identities, by when and
 * where to reply, in the contact's language. The outbox seals it (it names the person).
 */
export function processorRequestMail(input: ProcessorMailInput): MailMessage {
  const t = businessTranslator(input.language, input.timeZone);
  const action = t.text(actionKey(input.action));
  const { reference, dueAt: due } = input;
  const corrections = input.disclosed.corrections;
  return staffMail(input.to, {
    language: t.language,
    subject: t.text(input.reminder ? 'processor.reminderSubject' : 'processor.subject', {
      reference,
      action,
      due,
    }),
    paragraphs: [
      (input.reminder ? `${t.text('processor.reminder')} ` : '') +
        t.text('processor.intro', {
          controller: input.controllerName,
          action,
          reference,
          system: input.systemName,
          ask: t.text(askKey(input.action)),
        }),
      aboutWhom(t, input.disclosed),
      ...(REQUEST_TYPE_RULES[input.action].carriesCorrections && corrections.length
        ? [
            t.text('common.corrections', {
              corrections: corrections
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
      t.text('processor.due', { due }),
      t.text('processor.reply', { replyTo: input.replyTo, reference }),
    ],
  });
}

/** Art. 18(3): the processor may use the data again; the subject has been told. */
export function restrictionLiftedMail(
  input: Pick<
    ProcessorMailInput,
    'to' | 'language' | 'reference' | 'disclosed' | 'controllerName' | 'replyTo' | 'systemName'
  >,
): MailMessage {
  const t = businessTranslator(input.language, 'UTC');
  const { reference } = input;
  return staffMail(input.to, {
    language: t.language,
    subject: t.text('lifted.subject', { reference }),
    paragraphs: [
      t.text('lifted.body', {
        controller: input.controllerName,
        system: input.systemName,
        reference,
      }),
      aboutWhom(t, input.disclosed),
      t.text('common.questions', { replyTo: input.replyTo, reference }),
    ],
  });
}

/** The request mailed to the processor was cancelled: it need not act. */
export function processorCancellationMail(
  input: Pick<ProcessorMailInput, 'to' | 'language' | 'reference' | 'controllerName' | 'replyTo'>,
): MailMessage {
  const t = businessTranslator(input.language, 'UTC');
  return staffMail(input.to, {
    language: t.language,
    subject: t.text('cancel.subject', { reference: input.reference }),
    paragraphs: [
      t.text('cancel.body', { reference: input.reference, controller: input.controllerName }),
      t.text('cancel.noAction'),
      t.text('cancel.questions', { replyTo: input.replyTo }),
    ],
  });
}
