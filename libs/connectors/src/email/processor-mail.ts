import { REQUEST_TYPE_RULES, type RequestType } from '@dsar/domain';
import type { MailMessage } from '@dsar/mail';
import { staffMail } from '@dsar/notices';

export interface ProcessorMailInput {
  to: string;
  reference: string;
  action: RequestType;
  subjectName: string | null;
  identities: Partial<Record<string, string[]>>;
  corrections: { field: string; value: string }[];
  dueAt: Date;
  timeZone: string;
  controllerName: string;
  replyTo: string;
  systemName: string;
  reminder?: boolean;
}

const ASK: Record<ProcessorMailInput['action'], string> = {
  access:
    'send us a copy of all personal data you hold about this person, in a machine-readable form (JSON or CSV)',
  erasure:
    'erase all personal data you hold about this person, and tell us what, if anything, you must keep by law, on which basis and until when',
  rectification: 'correct the personal data you hold about this person as listed below',
  portability:
    'send us the personal data this person gave you, in a structured, commonly used, machine-readable form (JSON or CSV)',
  restriction:
    'restrict the processing of the personal data you hold about this person: keep it stored, but do not otherwise use it until we tell you the restriction is lifted',
  objection:
    'stop processing the personal data you hold about this person for the purposes the person objected to, and tell us if you must go on on compelling legitimate grounds',
  opt_out:
    'stop selling or sharing the personal information of this person (the person opted out of sale and sharing, Cal. Civ. Code § 1798.120), and tell us when that is done',
  limit_sensitive:
    "limit the use of this person's sensitive personal information to what is necessary to perform the services the person asked for (Cal. Civ. Code § 1798.121), and tell us when that is done",
};

function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(date);
}

/**
 * The request to a processor's privacy contact: what, about whom, which identities, by when and
 * where to reply. The outbox seals it (it names the person).
 */
export function processorRequestMail(input: ProcessorMailInput): MailMessage {
  const due = formatDate(input.dueAt, input.timeZone);
  const identities = Object.entries(input.identities)
    .filter(([, values]) => values && values.length > 0)
    .map(([type, values]) => `${type}: ${values!.join(', ')}`)
    .join('; ');
  const paragraphs = [
    `${input.reminder ? 'Reminder: the request below is due soon and we have not recorded your answer yet. ' : ''}` +
      `${input.controllerName} received a data-subject request (${input.action}, reference ${input.reference}). ` +
      `You process personal data for us as ${input.systemName}. Please ${ASK[input.action]}.`,
    `About whom: ${input.subjectName ?? 'the data subject'}, identified by ${identities || 'the identities on file'}.`,
    ...(REQUEST_TYPE_RULES[input.action].carriesCorrections && input.corrections.length
      ? [`Corrections: ${input.corrections.map((c) => `${c.field} → ${c.value}`).join('; ')}.`]
      : []),
    `By when: please answer by ${due}; that is our legal deadline to answer the person.`,
    `Where to reply: ${input.replyTo}, quoting ${input.reference}. Tell us whether the request is done, partly done (what remains and why) or refused (on which ground).`,
  ];
  return staffMail(input.to, {
    subject: `${input.reminder ? 'Reminder: ' : ''}Data-subject request ${input.reference} (${input.action}) — please answer by ${due}`,
    paragraphs,
  });
}

/** Art. 18(3): the processor may use the data again; the subject has been told. */
export function restrictionLiftedMail(
  input: Pick<
    ProcessorMailInput,
    'to' | 'reference' | 'subjectName' | 'identities' | 'controllerName' | 'replyTo' | 'systemName'
  >,
): MailMessage {
  const identities = Object.entries(input.identities)
    .filter(([, values]) => values && values.length > 0)
    .map(([type, values]) => `${type}: ${values!.join(', ')}`)
    .join('; ');
  return staffMail(input.to, {
    subject: `Data-subject request ${input.reference}: the restriction is lifted`,
    paragraphs: [
      `${input.controllerName} lifts the restriction of processing it asked you to apply as ${input.systemName} (reference ${input.reference}). You may process the data as before.`,
      `About whom: ${input.subjectName ?? 'the data subject'}, identified by ${identities || 'the identities on file'}.`,
      `Questions: ${input.replyTo}, quoting ${input.reference}.`,
    ],
  });
}
