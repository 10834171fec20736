import { describe, expect, it } from '@jest/globals';
import { denialMail, extensionMail } from './decision-mails.js';

const context = {
  controllerName: 'Flatris',
  controllerContact: 'privacy@flatris.example',
  timeZone: 'Europe/Berlin',
  request: {
    reference: 'DSR-2026-000042',
    type: 'erasure',
    email: 'ada@example.com',
    name: '<i>Ada</i>',
    dueAt: new Date('2026-12-31T22:59:59.999Z'),
    language: 'en',
  },
};

describe('decision mails', () => {
  it('gives the denial reasons and the right to complain, escaping what staff typed', () => {
    const mail = denialMail({
      ...context,
      reasonCode: 'excessive_repetitive',
      explanation: 'Third request this week <script>',
      wording: {
        complaintTo: { kind: 'supervisory', authority: 'the Berlin data-protection authority' },
        appeal: null,
      },
    });
    expect(mail.to).toBe('ada@example.com');
    expect(mail.text).toContain('excessive, in particular because it repeats earlier ones');
    expect(mail.text).toContain('Third request this week <script>');
    expect(mail.text).toContain('lodge a complaint with a supervisory authority: the Berlin');
    expect(mail.html).toContain('Third request this week &lt;script&gt;');
    expect(mail.html).toContain('&lt;i&gt;Ada&lt;/i&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).not.toContain('appeal');
  });

  it('offers the appeal until its last day where the regime grants one', () => {
    const mail = denialMail({
      ...context,
      reasonCode: 'exemption_applies',
      explanation: 'Held for a claim.',
      wording: {
        complaintTo: { kind: 'also', authority: 'Office of the Attorney General of Virginia' },
        appeal: { route: 'If the appeal is denied, contact the Attorney General.' },
      },
      appealBy: new Date('2027-02-28T22:59:59.999Z'),
    });
    expect(mail.text).toContain('You may appeal this decision until 28 February 2027');
    expect(mail.text).toContain('If the appeal is denied, contact the Attorney General.');
    expect(mail.html).toContain('<p>You may appeal this decision until 28 February 2027');
  });

  it('tells the new date in the controller zone and why', () => {
    const mail = extensionMail({
      ...context,
      newDueAt: new Date('2027-03-31T21:59:59.999Z'),
      reason: 'Many systems hold your data',
    });
    expect(mail.text).toContain('31 March 2027');
    expect(mail.text).toContain('Why: Many systems hold your data');
    expect(mail.subject).toContain('DSR-2026-000042');
  });
});

describe('decision mails in German', () => {
  it('says the denial, its reason and the dates in German in the controller zone', () => {
    const mail = extensionMail({
      ...context,
      request: { ...context.request, language: 'de-AT' },
      newDueAt: new Date('2027-03-31T21:59:59.999Z'),
      reason: 'Viele Systeme',
    });
    expect(mail.subject).toBe('Ihre Datenschutzanfrage DSR-2026-000042: neuer Antworttermin');
    expect(mail.text).toContain('spätestens bis zum 31. März 2027');
    expect(mail.html).toContain('<html lang="de-DE">');
    expect(mail.html).toContain('<strong>31. März 2027</strong>');
  });

  it('names where to complain in German, the authority as the regime gives it', () => {
    const mail = denialMail({
      ...context,
      request: { ...context.request, language: 'de' },
      reasonCode: 'identity_not_verified',
      explanation: 'Die Adresse passt nicht.',
      wording: { complaintTo: { kind: 'supervisory', authority: 'BlnBDI' }, appeal: null },
    });
    expect(mail.text).toContain(
      'weil wir nicht prüfen konnten, dass die Anfrage von Ihnen stammt.',
    );
    expect(mail.text).toContain(
      'Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren: BlnBDI.',
    );
  });
});
