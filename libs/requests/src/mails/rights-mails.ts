import type { MailMessage, MessageValues } from '@dsar/mail';
import { systemAnswers, type SystemAnswer } from '@dsar/domain';
import { mailTranslator, type MailKey, type MailTranslator } from './catalogs/index.js';
import { refusedLines, rightsFooter, type CompletionMailInput } from './completion-mails.js';
import { greeting, MailBody, subjectMessage, type MailContext } from './mail-layout.js';

/** The rights answered with a list of systems: their words, keyed by the type's catalog prefix. */
type ToldRight = 'restriction' | 'objection' | 'opt_out' | 'limit_sensitive';

const NOT_DONE_KEY = {
  not_found: 'outcome.notFound',
  not_done: 'outcome.notDone',
  failed: 'outcome.failed',
  pending: 'outcome.pending',
} as const satisfies Record<Exclude<SystemAnswer['kind'], 'done'>, MailKey>;

/**
 * Whether a right's title says the systems carried it out ("is restricted"); the others say what
 * we did ourselves (handled the objection, recorded the choice), true without any system.
 */
const TITLE_SAYS_SYSTEMS_DID_IT: Record<ToldRight, boolean> = {
  restriction: true,
  objection: false,
  opt_out: false,
  limit_sensitive: false,
};

function start(input: CompletionMailInput): { t: MailTranslator; body: MailBody } {
  const t = mailTranslator(input.request.language, input.timeZone);
  return { t, body: new MailBody(t).quote(greeting(t, input.request.name)) };
}

function finish(t: MailTranslator, input: CompletionMailInput, title: string, body: MailBody) {
  rightsFooter(input, body);
  const subject = t.text('completion.subject', { title, reference: input.request.reference });
  return subjectMessage(t, input, input.request.email, subject, title, body);
}

/**
 * A summary and one line per system (what it did, found nothing, or did not do, with the note
 * staff wrote for the person); while a system is unfinished the mail says so, not "done".
 */
function systemsMail(input: CompletionMailInput, right: ToldRight): MailMessage {
  const { t, body } = start(input);
  // A refused system is named once, in the refusal's own lines below.
  const refused = new Set(input.refusals.map((refusal) => refusal.systemName));
  const answers = systemAnswers(input.outcome);
  const systems = answers.systems.filter((answer) => !refused.has(answer.system));
  const { unfinished } = answers;
  // A title that says the systems did it is said only if some system did it.
  const noneDone = systems.length > 0 && !systems.some((answer) => answer.kind === 'done');
  const title =
    unfinished > 0 || (TITLE_SAYS_SYSTEMS_DID_IT[right] && noneDone)
      ? t.text('rights.partTitle', { what: t.text(`type.${right}`) })
      : t.text(`${right}.title`);
  if (unfinished > 0) body.say('rights.part', { open: unfinished });
  // "We told every system" only when one was told: otherwise what was recorded, and each line.
  else if (noneDone) body.say('rights.noneDone');
  else body.say(`${right}.summary`);
  if (systems.length === 0) body.say('rights.noSystems');
  body.list(
    systems.flatMap((answer): { key: MailKey; values: MessageValues }[] => [
      answer.kind === 'done'
        ? { key: `${right}.done` as const, values: { system: answer.system } }
        : { key: NOT_DONE_KEY[answer.kind], values: { system: answer.system } },
      ...(answer.note
        ? [{ key: 'outcome.note' as const, values: { system: answer.system, note: answer.note } }]
        : []),
    ]),
  );
  body.say(`${right}.closing`);
  refusedLines(input, body);
  return finish(t, input, title, body);
}

/** Portability: the download link to the data in a machine-readable form. */
export function portabilityCompletedMail(
  input: CompletionMailInput & { downloadUrl: string; expiresAt: Date },
): MailMessage {
  const { t, body } = start(input);
  const found = input.outcome.result === 'completed';
  body
    .say(found ? 'portability.ready' : 'portability.none')
    .link(input.downloadUrl, 'access.button')
    .say('access.until', { until: input.expiresAt });
  refusedLines(input, body);
  return finish(t, input, t.text(found ? 'portability.readyTitle' : 'portability.noneTitle'), body);
}

/** Restriction: which systems keep the data stored but no longer use it. */
export const restrictionCompletedMail = (input: CompletionMailInput) =>
  systemsMail(input, 'restriction');

/** Objection: which systems stopped the processing objected to. */
export const objectionCompletedMail = (input: CompletionMailInput) =>
  systemsMail(input, 'objection');

/** Opt-out of sale or sharing: who was told. */
export const optOutCompletedMail = (input: CompletionMailInput) => systemsMail(input, 'opt_out');

/** Limit the use of sensitive personal information: who was told. */
export const limitSensitiveCompletedMail = (input: CompletionMailInput) =>
  systemsMail(input, 'limit_sensitive');

/** Art. 18(3): told before the restriction is lifted, with the systems where it ends. */
export function restrictionLiftingMail(
  input: MailContext & {
    request: { reference: string; email: string | null; name: string | null; language: string };
    systems: string[];
  },
): MailMessage {
  // It names no date, so no time zone is needed.
  const t = mailTranslator(input.request.language, 'UTC');
  const reference = input.request.reference;
  const body = new MailBody(t)
    .quote(greeting(t, input.request.name))
    .say('restriction_lifting.summary', { reference })
    .list(input.systems.map((system) => ({ key: 'rights.system' as const, values: { system } })))
    .say('restriction_lifting.closing');
  const title = t.text('restriction_lifting.title');
  const subject = t.text('completion.subject', { title, reference });
  return subjectMessage(t, input, input.request.email, subject, title, body);
}
