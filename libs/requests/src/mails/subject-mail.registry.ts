import type { CompletionMailName } from '@dsar/domain';
import type { MailMessage } from '@dsar/mail';
import {
  accessCompletedMail,
  erasureCompletedMail,
  rectificationCompletedMail,
} from './completion-mails.js';
import {
  limitSensitiveCompletedMail,
  objectionCompletedMail,
  optOutCompletedMail,
  portabilityCompletedMail,
  restrictionCompletedMail,
  restrictionLiftingMail,
} from './rights-mails.js';
import { denialMail, extensionMail } from './decision-mails.js';
import {
  appealOverturnedMail,
  appealReceivedMail,
  appealUpheldMail,
  clarificationMail,
  lapsedMail,
  regimeChangedMail,
} from './regime-mails.js';
import {
  acknowledgementMail,
  cancellationMail,
  duplicateMail,
  freshLinkMail,
} from './subject-mails.js';

type MailBuilder = (input: never) => MailMessage;

/**
 * Every mail to a data subject, by the template name its outbox row carries. Adding a subject
 * mail is a builder in this folder and one entry here; callers name it as a `SubjectMailName`,
 * and the compiler checks the input each builder needs.
 */
export const SUBJECT_MAILS = {
  acknowledgement: acknowledgementMail,
  duplicate: duplicateMail,
  fresh_link: freshLinkMail,
  cancellation: cancellationMail,
  denial: denialMail,
  extension: extensionMail,
  completion_access: accessCompletedMail,
  completion_erasure: erasureCompletedMail,
  completion_rectification: rectificationCompletedMail,
  completion_portability: portabilityCompletedMail,
  completion_restriction: restrictionCompletedMail,
  restriction_lifting: restrictionLiftingMail,
  completion_objection: objectionCompletedMail,
  completion_opt_out: optOutCompletedMail,
  completion_limit_sensitive: limitSensitiveCompletedMail,
  download_link: accessCompletedMail,
  clarification: clarificationMail,
  appeal_received: appealReceivedMail,
  appeal_upheld: appealUpheldMail,
  appeal_overturned: appealOverturnedMail,
  lapsed: lapsedMail,
  regime_changed: regimeChangedMail,
  // Every request type's completion mail (the table in @dsar/domain) must have its builder here.
} as const satisfies Record<CompletionMailName, MailBuilder> & Record<string, MailBuilder>;

export type SubjectMailName = keyof typeof SUBJECT_MAILS;
export type SubjectMailInput<N extends SubjectMailName> = Parameters<(typeof SUBJECT_MAILS)[N]>[0];

/** A subject mail to record: its name and the input its builder takes, kept together. */
export type SubjectMail = {
  [N in SubjectMailName]: { name: N; input: SubjectMailInput<N> };
}[SubjectMailName];

/** The message of one subject mail, built by the builder its name stands for. */
export function subjectMail<N extends SubjectMailName>(
  name: N,
  input: SubjectMailInput<N>,
): MailMessage {
  const build = SUBJECT_MAILS[name] as (input: SubjectMailInput<N>) => MailMessage;
  return build(input);
}
