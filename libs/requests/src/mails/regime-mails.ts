import type { MailMessage } from '@dsar/mail';
import { mailTranslator } from './catalogs/index.js';
import { greeting, MailBody, subjectMessage, type MailContext, typeLabel } from './mail-layout.js';
import type { SubjectMailRequest } from './subject-mails.js';

/** What every mail of a question or an appeal knows. */
export interface RegimeMailContext extends MailContext {
  request: SubjectMailRequest;
  timeZone: string;
}

function start(input: RegimeMailContext) {
  const t = mailTranslator(input.request.language, input.timeZone);
  return {
    t,
    reference: input.request.reference,
    body: new MailBody(t).quote(greeting(t, input.request.name)),
  };
}

/**
 * A question from the privacy team, with the link to answer it. Where the regime stops the clock
 * meanwhile, the mail says so; elsewhere it says the date stays.
 */
export function clarificationMail(
  input: RegimeMailContext & { question: string; replyUrl: string; clockStops: boolean },
): MailMessage {
  const { t, reference, body } = start(input);
  body.say('clarification.body', { reference }).quote(input.question, true);
  if (input.clockStops) body.say('clarification.clockStops');
  else body.say('clarification.clockRuns', { due: input.request.dueAt });
  body.link(input.replyUrl, 'clarification.button');
  return subjectMessage(
    t,
    input,
    input.request.email,
    t.text('clarification.subject', { reference }),
    t.text('clarification.title', { reference }),
    body,
  );
}

/** The appeal arrived; by when officers decide. */
export function appealReceivedMail(input: RegimeMailContext & { decideBy: Date }): MailMessage {
  const { t, reference, body } = start(input);
  body.say('appeal_received.body', { reference, by: input.decideBy });
  return subjectMessage(
    t,
    input,
    input.request.email,
    t.text('appeal_received.subject', { reference }),
    t.text('appeal_received.title', { reference }),
    body,
  );
}

/** The decision stands: the reasons, and where to complain (the regime's regulator). */
export function appealUpheldMail(
  input: RegimeMailContext & { reasons: string; complaintRoute: string },
): MailMessage {
  const { t, reference, body } = start(input);
  body
    .say('appeal_upheld.body', { what: typeLabel(t, input.request.type), reference })
    .say('appeal.reasons', { reasons: input.reasons })
    .quote(input.complaintRoute);
  return subjectMessage(
    t,
    input,
    input.request.email,
    t.text('appeal.decisionSubject', { reference }),
    t.text('appeal_upheld.title', { reference }),
    body,
  );
}

/** The decision is reversed: the request is taken up again. */
export function appealOverturnedMail(input: RegimeMailContext & { reasons: string }): MailMessage {
  const { t, reference, body } = start(input);
  body
    .say('appeal_overturned.body', { reference })
    .say('appeal.reasons', { reasons: input.reasons })
    .say('appeal_overturned.next');
  return subjectMessage(
    t,
    input,
    input.request.email,
    t.text('appeal.decisionSubject', { reference }),
    t.text('appeal_overturned.title', { reference }),
    body,
  );
}

/**
 * A request never confirmed lapses: the subject is told nothing was done, why (the regime's
 * verification rule, cited), that a new request is welcome, and where to complain.
 */
export function lapsedMail(
  input: RegimeMailContext & {
    regime: string;
    verificationCitation: string;
    authority: { name: string; url: string };
  },
): MailMessage {
  const { t, reference, body } = start(input);
  body
    .say('lapsed.body', { what: typeLabel(t, input.request.type), reference })
    .say('lapsed.rule', { regime: input.regime, citation: input.verificationCitation })
    .say('lapsed.again')
    .say('lapsed.complain', { authority: input.authority.name, url: input.authority.url });
  return subjectMessage(
    t,
    input,
    input.request.email,
    t.text('lapsed.subject', { reference }),
    t.text('lapsed.title', { reference }),
    body,
  );
}

/** The request is now handled under another law: which, and the date that follows from it. */
export function regimeChangedMail(
  input: RegimeMailContext & { regime: string; dueAt: Date },
): MailMessage {
  const { t, reference, body } = start(input);
  body.say('regime_changed.body', { reference, regime: input.regime, due: input.dueAt });
  return subjectMessage(
    t,
    input,
    input.request.email,
    t.text('regime_changed.subject', { reference }),
    t.text('regime_changed.title', { reference }),
    body,
  );
}
