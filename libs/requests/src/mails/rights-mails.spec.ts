import { describe, expect, it } from '@jest/globals';
import { summariseOutcome, type TaskOutcomeView } from '@dsar/domain';
import {
  limitSensitiveCompletedMail,
  optOutCompletedMail,
  restrictionCompletedMail,
} from './rights-mails.js';

const base = {
  request: {
    reference: 'DSR-2026-000007',
    email: 'ada@example.com',
    name: null,
    language: 'en',
    corrections: null,
  },
  controllerName: 'Flatris',
  controllerContact: 'privacy@flatris.example',
  timeZone: 'UTC',
  refusals: [],
  complaint: '',
  rights: { phrases: ['the right to have your personal data erased'], citation: 'UK GDPR Art. 17' },
};
const done: TaskOutcomeView = {
  systemName: 'Shop',
  state: 'succeeded',
  outcome: 'completed',
  counts: { found: 1 },
  retained: [],
  subjectNote: null,
};

describe('the answers of the rights told to systems', () => {
  it('opt-out: every system told, in the reader’s language', () => {
    const outcome = summariseOutcome([done]);
    expect(optOutCompletedMail({ ...base, outcome }).text).toContain('- Shop: told, and confirmed');
    const de = optOutCompletedMail({
      ...base,
      request: { ...base.request, language: 'de' },
      outcome,
    });
    expect(de.text).toContain('- Shop: informiert, und bestätigt');
  });

  it('limit sensitive: where no system had anything to do, it does not say "we told every system"', () => {
    const outcome = summariseOutcome([
      { ...done, systemName: 'CRM', state: 'skipped', outcome: null, counts: null },
    ]);
    const mail = limitSensitiveCompletedMail({ ...base, outcome });
    expect(mail.text).not.toContain('we told every system');
    expect(mail.text).toContain('None of our systems had anything to change for it');
    expect(mail.text).toContain('- CRM: nothing was done there for your request');
  });

  it('restriction: does not say "restricted" while a system failed', () => {
    const outcome = summariseOutcome([
      done,
      {
        ...done,
        systemName: 'CRM',
        state: 'skipped',
        outcome: 'failed',
        subjectNote: 'CRM is read-only',
      },
    ]);
    const mail = restrictionCompletedMail({ ...base, outcome });
    expect(mail.subject).toBe(
      'Your request for restriction of the processing of your personal data: what was done and what was not (DSR-2026-000007)',
    );
    expect(mail.text).not.toContain('We restricted the processing');
    expect(mail.text).toContain('- CRM: failed — we could not do it in this system');
    expect(mail.text).toContain('- What we can tell you about CRM: CRM is read-only');
    expect(mail.text).toContain('- Shop: restricted');
  });

  it('restriction: the opening claims it only where a system says "restricted"', () => {
    const nothing = {
      ...done,
      systemName: 'Analytics',
      state: 'skipped' as const,
      outcome: 'skipped' as const,
    };
    const some = restrictionCompletedMail({ ...base, outcome: summariseOutcome([done, nothing]) });
    expect(some.subject).toBe('The processing of your data is restricted (DSR-2026-000007)');
    expect(some.text).toContain('Where a system below says "restricted", we restricted');
    expect(some.text).toContain('- Shop: restricted');
    expect(some.text).toContain('- Analytics: nothing was done there for your request');
    const none = restrictionCompletedMail({ ...base, outcome: summariseOutcome([nothing]) });
    expect(none.subject).toBe(
      'Your request for restriction of the processing of your personal data: what was done and what was not (DSR-2026-000007)',
    );
    expect(none.text).not.toContain('- Analytics: restricted');
  });
});
