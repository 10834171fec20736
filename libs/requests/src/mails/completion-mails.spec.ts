import { describe, expect, it } from '@jest/globals';
import { summariseOutcome, type TaskOutcomeView } from '@dsar/domain';
import {
  accessCompletedMail,
  erasureCompletedMail,
  rectificationCompletedMail,
} from './completion-mails.js';

const base = {
  request: {
    reference: 'DSR-2026-000001',
    email: 'ada@example.com',
    name: '<b>Ada</b>',
    language: 'en',
    corrections: null,
  },
  controllerName: 'Flatris',
  controllerContact: 'privacy@flatris.example',
  timeZone: 'UTC',
  refusals: [],
  complaint: 'You may complain to the Information Commissioner (https://ico.org.uk).',
  rights: { phrases: ['the right to have your personal data erased'], citation: 'UK GDPR Art. 17' },
};

const shop: TaskOutcomeView = {
  systemName: 'Shop <db>',
  state: 'succeeded',
  outcome: 'completed',
  counts: { found: 4, erased: 2, deleted: 1, retained: 1 },
  retained: [{ what: 'orders.total', basis: 'Accounting law (HGB §257)', until: '2036-03-31' }],
  subjectNote: null,
};
const payments: TaskOutcomeView = {
  systemName: 'Payment provider',
  state: 'succeeded',
  outcome: 'completed',
  counts: null,
  retained: [],
  subjectNote: 'The provider confirmed the deletion in writing.',
};
const statistics: TaskOutcomeView = {
  systemName: 'Statistics',
  state: 'succeeded',
  outcome: 'not_found',
  counts: { found: 0 },
  retained: [],
  subjectNote: null,
};

describe('completion mails', () => {
  it('erasure: says per system what was erased, what was kept, why and until when', () => {
    const mail = erasureCompletedMail({
      ...base,
      outcome: summariseOutcome([shop, payments, statistics]),
    });
    expect(mail.to).toBe('ada@example.com');
    expect(mail.subject).toBe('Your personal data has been erased (DSR-2026-000001)');
    expect(mail.text).toContain(
      'We erased your personal data: 3 items were erased, anonymised or deleted.',
    );
    expect(mail.text).toContain(
      [
        '- Shop <db>: 3 items erased, anonymised or deleted',
        '- Payment provider: erasure confirmed by the system’s owner',
        '- What we can tell you about Payment provider: The provider confirmed the deletion in writing.',
        '- Statistics: no data about you was found',
      ].join('\n'),
    );
    expect(mail.text).toContain(
      'orders.total in Shop <db>: Accounting law (HGB §257), until 31 March 2036',
    );
    expect(mail.html).toContain(
      '<li>orders.total in Shop &lt;db&gt;: Accounting law (HGB §257), until 31 March 2036</li>',
    );
    expect(mail.html).toContain('&lt;b&gt;Ada&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Ada</b>');
  });

  it('erasure: never says "erased" while a system failed or still waits; lists a skipped one', () => {
    const outcome = summariseOutcome([
      shop,
      { ...statistics, systemName: 'Mailer', state: 'failed', outcome: null },
      { ...statistics, systemName: 'Analytics', state: 'skipped', outcome: null },
      { ...statistics, systemName: 'Archive', state: 'waiting', outcome: null },
    ]);
    const mail = erasureCompletedMail({ ...base, outcome });
    expect(mail.subject).toBe(
      'Your erasure request: what was done and what was not (DSR-2026-000001)',
    );
    expect(mail.text).not.toMatch(/We erased|has been erased/);
    expect(mail.text).toContain(
      'Your data is not erased everywhere yet: 2 systems could not finish.',
    );
    expect(mail.text).toContain('- Mailer: failed — we could not do it in this system');
    expect(mail.text).toContain('- Analytics: nothing was done there for your request');
    expect(mail.text).toContain('- Archive: still pending');
    expect(mail.text).toContain('- Shop <db>: 3 items erased');
  });

  it('erasure: no data anywhere is an answer of its own', () => {
    const mail = erasureCompletedMail({ ...base, outcome: summariseOutcome([statistics]) });
    expect(mail.text).toContain('found none to erase');
    expect(mail.text).toContain('Nothing was kept.');
  });

  it('rectification: what was asked, and per system what changed', () => {
    const mail = rectificationCompletedMail({
      ...base,
      request: { ...base.request, corrections: [{ field: 'user.name', value: 'Ada King' }] },
      outcome: summariseOutcome([
        { ...shop, counts: { rectified: 1 }, retained: [] },
        { ...statistics, systemName: 'CRM', state: 'failed', outcome: null },
      ]),
    });
    expect(mail.text).toContain(
      'Your data is not corrected everywhere yet: one system could not finish.',
    );
    expect(mail.text).toContain('- user.name: Ada King');
    expect(mail.text).toContain('- Shop <db>: 1 change made');
    expect(mail.text).toContain('- CRM: failed');
  });

  it('erasure in German: plurals, dates and the honest lines', () => {
    const outcome = summariseOutcome([
      shop,
      { ...statistics, systemName: 'Mailer', state: 'failed', outcome: null },
    ]);
    const mail = erasureCompletedMail({
      ...base,
      request: { ...base.request, language: 'de' },
      outcome,
    });
    expect(mail.subject).toBe(
      'Ihre Löschanfrage: was erledigt ist und was nicht (DSR-2026-000001)',
    );
    expect(mail.text).toContain('ein System konnte nicht abschließen');
    expect(mail.text).toContain('- Shop <db>: 3 Einträge gelöscht, anonymisiert oder entfernt');
    expect(mail.text).toContain('- Mailer: fehlgeschlagen');
    expect(mail.text).toContain('bis zum 31. März 2036');
    expect(mail.text).toContain('Datenschutzkontakt: privacy@flatris.example');
  });

  it('access: carries the download link and its expiry', () => {
    const outcome = summariseOutcome([{ ...shop, counts: { found: 2 }, retained: [] }]);
    const mail = accessCompletedMail({
      ...base,
      outcome,
      downloadUrl: 'https://dsar.example/download?token=abc',
      expiresAt: new Date('2026-12-02T12:00:00Z'),
    });
    expect(mail.subject).toContain('Your personal data is ready');
    expect(mail.text).toContain('https://dsar.example/download?token=abc');
    expect(mail.text).toContain('2 December 2026');
    expect(mail.text).not.toContain('refused');
  });

  it('a partial refusal: the part, the exemption, its citation, the reasons and where to complain', () => {
    const outcome = summariseOutcome([
      {
        systemName: 'crm',
        state: 'succeeded',
        outcome: 'completed',
        counts: { found: 2 },
        retained: [],
        subjectNote: null,
      },
    ]);
    const mail = accessCompletedMail({
      ...base,
      outcome,
      refusals: [
        {
          part: 'the data held in <Support desk>',
          reason: 'giving it would reveal personal data about other people or harm their rights',
          citation: 'UK GDPR Art. 15(4)',
          text: 'The tickets quote other customers.',
          systemName: '<Support desk>',
        },
      ],
      downloadUrl: 'https://dsar.example/download?token=abc',
      expiresAt: new Date('2026-12-02T12:00:00Z'),
    });
    expect(mail.text).toContain(
      '- the data held in <Support desk>: not given, because giving it would reveal personal data about other people or harm their rights (UK GDPR Art. 15(4)). The tickets quote other customers.',
    );
    expect(mail.text).toContain('You may complain to the Information Commissioner');
    expect(mail.html).toContain('the data held in &lt;Support desk&gt;');
    expect(mail.html).toContain('You may complain to the Information Commissioner');
  });
});
