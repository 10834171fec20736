import { describe, expect, it } from '@jest/globals';
import { REQUEST_TYPE_RULES, REQUEST_TYPES, type CompletionMailName } from '@dsar/domain';
import { SUBJECT_MAILS, type SubjectMailName } from './subject-mail.registry.js';

type IsSubjectMail<N extends string> = N extends SubjectMailName ? true : false;

describe('the subject mails', () => {
  it("have a builder for every request type's completion mail", () => {
    for (const type of REQUEST_TYPES) {
      expect(typeof SUBJECT_MAILS[REQUEST_TYPE_RULES[type].completionMail]).toBe('function');
    }
  });

  it('name only the mails that exist (tsc checks this file)', () => {
    const every: IsSubjectMail<CompletionMailName> = true;
    // @ts-expect-error -- a new request type's completion mail needs its builder in SUBJECT_MAILS
    const demo: IsSubjectMail<'completion_demo'> = true;
    expect([every, demo]).toEqual([true, true]);
  });
});
