import { describe, expect, it } from '@jest/globals';
import { summariseOutcome } from '../finalising/outcome-summary.js';
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
        note: null,
      },
    ]);
    const mail = erasureCompletedMail({ ...base, outcome });
    expect(mail.to).toBe('ada@example.com');
    expect(mail.text).toContain('3 item(s) were erased, anonymised or deleted');
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
        note: null,
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
  });
});
