import { describe, expect, it } from '@jest/globals';
import { summariseOutcome } from '@dsar/domain';
import { accessCompletedMail, erasureCompletedMail } from './completion-mails.js';

const base = {
  request: {
    reference: 'DSR-2026-000001',
    email: 'ada@example.com',
    name: '<b>Ada</b>',
    corrections: null,
  },
  controllerName: 'Flatris',
  controllerContact: 'privacy@flatris.example',
  timeZone: 'UTC',
  refusals: [],
  complaint: 'You may complain to the Information Commissioner (https://ico.org.uk).',
};

describe('completion mails', () => {
  it('erasure: says what was erased, what was kept, why and until when', () => {
    const outcome = summariseOutcome([
      {
        systemName: 'Shop <db>',
        state: 'succeeded',
        outcome: 'completed',
        counts: { found: 4, erased: 2, deleted: 1, retained: 1 },
        retained: [
          { what: 'orders.total', basis: 'Accounting law (HGB §257)', until: '2036-03-31' },
        ],
        subjectNote: null,
      },
      {
        systemName: 'Payment provider',
        state: 'succeeded',
        outcome: 'completed',
        counts: null,
        retained: [],
        subjectNote: 'Staff: provider confirmed',
      },
      {
        systemName: 'Statistics',
        state: 'succeeded',
        outcome: 'not_found',
        counts: { found: 0 },
        retained: [],
        subjectNote: null,
      },
      {
        systemName: 'Analytics',
        state: 'skipped',
        outcome: null,
        counts: null,
        retained: [],
        subjectNote: 'the system does not support this action',
      },
    ]);
    const mail = erasureCompletedMail({ ...base, outcome });
    expect(mail.to).toBe('ada@example.com');
    expect(mail.text).toContain('3 item(s) were erased, anonymised or deleted');
    expect(mail.text).toContain(
      [
        '- Shop <db>: 3 item(s) erased, anonymised or deleted',
        "- Payment provider: erasure confirmed by the system's owner",
        '- Statistics: no data about you was found',
      ].join('\n') + '\n\n',
    );
    // Staff notes are for staff; a skipped system is not the subject's business.
    expect(mail.text).not.toMatch(/Staff: provider|Analytics/);
    expect(mail.text).toContain(
      'orders.total in Shop <db>: Accounting law (HGB §257), until 31 March 2036',
    );
    expect(mail.html).toMatch(
      /<ul><li>orders\.total in Shop &lt;db&gt; — Accounting law \(HGB §257\), until 31 March 2036<\/li><\/ul>/,
    );
    expect(mail.html).toContain('&lt;b&gt;Ada&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Ada</b>');
  });

  it('access: carries the download link and its expiry', () => {
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
