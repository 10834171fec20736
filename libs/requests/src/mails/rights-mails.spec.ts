import { describe, expect, it } from '@jest/globals';
import { summariseOutcome } from '@dsar/domain';
import { optOutCompletedMail, restrictionCompletedMail } from './rights-mails.js';

const base = {
  request: {
    reference: 'DSR-2026-000002',
    email: 'ada@example.com',
    name: '<b>Ada</b>',
    corrections: null,
  },
  controllerName: 'Flatris',
  controllerContact: 'privacy@flatris.example',
  timeZone: 'UTC',
};

const task = (systemName: string, outcome: string) => ({
  systemName,
  state: 'succeeded',
  outcome,
  counts: { found: outcome === 'completed' ? 1 : 0 },
  retained: [],
  subjectNote: null,
});

describe('the mails of the rights without a package', () => {
  it('opt-out: lists who was told, and who holds nothing, in plain words', () => {
    const outcome = summariseOutcome([
      task('Members <db>', 'completed'),
      task('Advertising partner', 'completed'),
      task('Statistics', 'not_found'),
    ]);
    const mail = optOutCompletedMail({ ...base, outcome });
    expect(mail.subject).toBe(
      'We no longer sell or share your personal information (DSR-2026-000002)',
    );
    expect(mail.text).toContain('- Members <db>: told, and confirmed');
    expect(mail.text).toContain('- Advertising partner: told, and confirmed');
    expect(mail.text).toContain('- Statistics: holds no data about you');
    expect(mail.html).toContain('Members &lt;db&gt;');
    expect(mail.html).not.toContain('<b>Ada</b>');
  });

  it('restriction: says the data stays stored and the subject hears before it is lifted', () => {
    const mail = restrictionCompletedMail({
      ...base,
      outcome: summariseOutcome([task('Shop', 'completed')]),
    });
    expect(mail.text).toContain('it stays stored, but we do not otherwise use it');
    expect(mail.text).toContain('We will tell you before the restriction is lifted.');
  });
});
