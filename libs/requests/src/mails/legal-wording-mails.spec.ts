import { describe, expect, it } from '@jest/globals';
import {
  answerRights,
  appealUpheldRoute,
  denialWording,
  EXEMPTION_WORDS,
  exemptionSentence,
  exemptionUnder,
  POLICY_PACKS,
  refusalWordsIn,
  regimeName,
  summariseOutcome,
} from '@dsar/domain';
import { erasureCompletedMail } from './completion-mails.js';
import { denialMail } from './decision-mails.js';
import { appealUpheldMail, lapsedMail } from './regime-mails.js';

/**
 * A German request's mails say the law's words in German too: the services build the wording
 * with the request's language (answer-context, request-decisions, part-refusals, appeal, expiry),
 * as these inputs do; citations and authority names stay as the packs write them.
 */
const context = {
  controllerName: 'Flatris',
  controllerContact: 'datenschutz@flatris.example',
  timeZone: 'Europe/Berlin',
};
/** The rights of a GDPR request, in German, as answer-context builds them. */
function germanRights() {
  const received = {
    jurisdiction: 'gdpr',
    policyVersion: null,
    receivedAt: new Date('2026-12-01'),
  };
  const rights = answerRights(received, 'Europe/Berlin', 'de')!;
  return { phrases: rights.rights.map((right) => right.phrase), citation: rights.citation };
}
const request = {
  reference: 'DSR-2026-000077',
  type: 'erasure',
  email: 'grete@example.com',
  name: 'Grete',
  dueAt: new Date('2026-12-31T22:59:59.999Z'),
  language: 'de-DE',
  corrections: null,
};
const lead = 'Berliner Beauftragte für Datenschutz und Informationsfreiheit';

describe('legal wording in a German request’s mails', () => {
  it('the answer names the refused part, the exemption and the complaint in German', () => {
    const refusal = {
      id: 'r1',
      scope: 'system' as const,
      systemName: 'Support desk',
      category: null,
      exemptionCode: 'rights_of_others',
      citation: 'GDPR Art. 15(4) and Recital 63',
      text: 'Die Tickets zitieren andere Kundinnen.',
    };
    const mail = erasureCompletedMail({
      ...context,
      request,
      outcome: summariseOutcome([
        {
          systemName: 'Shop',
          state: 'succeeded',
          outcome: 'not_found',
          counts: { found: 0 },
          retained: [],
          subjectNote: null,
        },
      ]),
      refusals: [refusal].map(refusalWordsIn(request.language)),
      complaint: denialWording(POLICY_PACKS.gdpr, lead, request.language).complaint,
      rights: germanRights(),
    });
    expect(mail.text).toContain('Sie haben außerdem diese Rechte (GDPR');
    expect(mail.text).toContain('- das Recht, ');
    expect(mail.text).toContain(
      `- die in Support desk gespeicherten Daten: nicht gewährt, weil ${EXEMPTION_WORDS.de.rights_of_others} (GDPR Art. 15(4) and Recital 63). Die Tickets zitieren andere Kundinnen.`,
    );
    expect(mail.text).toContain(
      `Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren: ${lead}.`,
    );
    expect(mail.text).not.toMatch(/because|the data held in|lodge a complaint/);
  });

  it('a denial on an exemption explains it in German and offers the appeal route in German', () => {
    const virginia = POLICY_PACKS['us-va'];
    const exemption = exemptionUnder('legal_claims', 'gdpr', request.language)!;
    const mail = denialMail({
      ...context,
      request,
      reasonCode: 'exemption_applies',
      explanation: `${exemptionSentence(exemption, request.language)} Es läuft ein Verfahren.`,
      wording: denialWording(virginia, 'ignored', request.language),
      appealBy: new Date('2027-02-28T22:59:59.999Z'),
    });
    expect(mail.text).toContain(
      'Die Ausnahme gilt, weil wir sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigen (GDPR Art. 17(3)(e), 18(2), 21(1) and 23(1)(j)). Es läuft ein Verfahren.',
    );
    expect(mail.text).toContain(
      `Wird Ihr Widerspruch abgelehnt, können Sie bei dieser Stelle Beschwerde einreichen: ${virginia.authority.name} (${virginia.authority.url})`,
    );
    expect(mail.text).not.toMatch(/the consumer may contact|We need it/);
  });

  it('an upheld appeal and a lapsed request say the route and the regime’s German name', () => {
    const upheld = appealUpheldMail({
      ...context,
      request,
      reasons: 'Die Daten sind Beweismittel.',
      complaintRoute: appealUpheldRoute(POLICY_PACKS['us-co'], request.language),
    });
    expect(upheld.text).toContain('Wird Ihr Widerspruch abgelehnt');
    const gdpr = POLICY_PACKS.gdpr;
    const lapsed = lapsedMail({
      ...context,
      request,
      regime: regimeName(gdpr, request.language),
      verificationCitation: gdpr.verification.citation,
      authority: gdpr.authority,
    });
    expect(lapsed.text).toContain(`Nach DSGVO dürfen wir`);
    expect(lapsed.text).toContain(`(${gdpr.verification.citation})`);
  });
});
