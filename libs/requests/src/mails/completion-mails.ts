import type { MailMessage, MessageValues } from '@dsar/mail';
import {
  systemAnswers,
  type RefusalWords,
  type RequestOutcome,
  type SystemAnswer,
} from '@dsar/domain';
import { mailTranslator, type MailKey, type MailTranslator } from './catalogs/index.js';
import { greeting, MailBody, subjectMessage, type MailContext } from './mail-layout.js';

export interface CompletionMailInput extends MailContext {
  request: {
    reference: string;
    email: string | null;
    name: string | null;
    language: string;
    corrections: { field: string; value: string }[] | null;
  };
  outcome: RequestOutcome;
  timeZone: string;
  /** What an officer refused, and why (empty when the whole request was answered). */
  refusals: RefusedPartLine[];
  /** The complaint route of the request's regime (its denial wording). */
  complaint: string;
  /** The rights of the request's regime, "the right to …" in its language, and their source. */
  rights: { phrases: string[]; citation: string };
}

/** One refused part, as the subject reads it (`refusalWords`). */
export type RefusedPartLine = RefusalWords;

/** What was refused and why, with where to complain; nothing when nothing was refused. */
export function refusedLines(input: CompletionMailInput, body: MailBody): void {
  if (input.refusals.length === 0) return;
  body.say('refused.intro').list(
    input.refusals.map((r) => ({
      key: 'refused.item' as const,
      values: { part: r.part, reason: r.reason, citation: r.citation, text: r.text },
    })),
  );
}

/**
 * Every answer ends with the person's other rights and where to complain (GDPR Art. 12(4),
 * 15(1)(e)-(f); the other regimes' equivalents in their packs), refused part or not.
 */
export function rightsFooter(input: CompletionMailInput, body: MailBody): void {
  body
    .say('yourRights.intro', { citation: input.rights.citation })
    .list(
      input.rights.phrases.map((phrase) => ({
        key: 'yourRights.item' as const,
        values: { phrase },
      })),
    )
    .quote(input.complaint);
}

type Line = { key: MailKey; values: MessageValues };

function start(input: CompletionMailInput): { t: MailTranslator; body: MailBody } {
  const t = mailTranslator(input.request.language, input.timeZone);
  return { t, body: new MailBody(t).quote(greeting(t, input.request.name)) };
}

function finish(t: MailTranslator, input: CompletionMailInput, title: string, body: MailBody) {
  rightsFooter(input, body);
  const subject = t.text('completion.subject', { title, reference: input.request.reference });
  return subjectMessage(t, input, input.request.email, subject, title, body);
}

/** What was kept, on which legal basis and until when, per system. */
function keptLines(input: CompletionMailInput, t: MailTranslator, body: MailBody): void {
  const { retained } = input.outcome;
  if (retained.length === 0) return void body.say('kept.none');
  body.say('kept.intro').list(
    retained.map((item) => ({
      key: 'kept.item' as const,
      values: {
        what: item.what,
        system: item.system,
        basis: item.basis,
        until: item.until
          ? t.text('kept.until', { until: new Date(item.until) })
          : t.text('kept.open'),
      },
    })),
  );
}

/** One line per system: what was done there, or that it was not (and why, in staff's words). */
function systemLines(
  answers: readonly SystemAnswer[],
  done: (answer: SystemAnswer) => Line,
): Line[] {
  return answers.flatMap((answer) => {
    const system = { system: answer.system };
    const line: Line =
      answer.kind === 'done'
        ? done(answer)
        : {
            key: (
              {
                not_found: 'outcome.notFound',
                not_done: 'outcome.notDone',
                failed: 'outcome.failed',
                pending: 'outcome.pending',
              } as const satisfies Record<Exclude<SystemAnswer['kind'], 'done'>, MailKey>
            )[answer.kind],
            values: system,
          };
    const note: Line[] = answer.note
      ? [{ key: 'outcome.note', values: { ...system, note: answer.note } }]
      : [];
    return [line, ...note];
  });
}

/** Access: the download link and until when it works. */
export function accessCompletedMail(
  input: CompletionMailInput & { downloadUrl: string; expiresAt: Date },
): MailMessage {
  const { t, body } = start(input);
  const found = input.outcome.result === 'completed';
  body
    .say(found ? 'access.ready' : 'access.none')
    .link(input.downloadUrl, 'access.button')
    .say('access.until', { until: input.expiresAt });
  refusedLines(input, body);
  return finish(t, input, t.text(found ? 'access.readyTitle' : 'access.noneTitle'), body);
}

/**
 * Erasure: per system what was erased, found empty, not done, failed or still pending; what was
 * kept, why and until when. "Erased" only when no system is unfinished.
 */
export function erasureCompletedMail(input: CompletionMailInput): MailMessage {
  const { t, body } = start(input);
  const { systems, unfinished } = systemAnswers(input.outcome);
  const erased = systems.reduce((sum, answer) => sum + answer.erased, 0);
  let title: string;
  if (unfinished > 0) {
    title = t.text('erasure.partTitle');
    body.say('erasure.part', { open: unfinished });
  } else if (input.outcome.result === 'no_data_found') {
    title = t.text('erasure.noneTitle');
    body.say('erasure.none');
  } else {
    title = t.text('erasure.doneTitle');
    body.say('erasure.done', { count: erased });
  }
  if (input.outcome.result !== 'no_data_found' || unfinished > 0) {
    body.say('outcome.perSystem').list(
      systemLines(systems, (answer) => ({
        key: 'outcome.erased',
        values: { system: answer.system, count: answer.erased },
      })),
    );
  }
  keptLines(input, t, body);
  refusedLines(input, body);
  return finish(t, input, title, body);
}

/** Rectification: what was asked, and per system what changed or did not. */
export function rectificationCompletedMail(input: CompletionMailInput): MailMessage {
  const { t, body } = start(input);
  const { systems, unfinished } = systemAnswers(input.outcome);
  const changed = input.outcome.counts.rectified;
  const [titleKey, summaryKey]: [MailKey, MailKey] =
    unfinished > 0
      ? ['rectification.partTitle', 'rectification.part']
      : changed > 0
        ? ['rectification.doneTitle', 'rectification.done']
        : ['rectification.noneTitle', 'rectification.none'];
  body.say(summaryKey, { count: changed, open: unfinished }).list(
    (input.request.corrections ?? []).map((c) => ({
      key: 'rectification.correction' as const,
      values: { field: c.field, value: c.value },
    })),
  );
  body.say('outcome.perSystem').list(
    systemLines(systems, (answer) => ({
      key: 'outcome.rectified',
      values: { system: answer.system, count: answer.rectified },
    })),
  );
  refusedLines(input, body);
  return finish(t, input, t.text(titleKey), body);
}
