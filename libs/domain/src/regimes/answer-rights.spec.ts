import { answerRights, RIGHT_WORDS } from './answer-rights.js';
import { RIGHT_TYPES } from './policy-pack.types.js';

describe('answerRights (GDPR Art. 15(1)(e)-(f))', () => {
  it('names rectification, erasure, restriction and objection for a GDPR request, with the complaint route', () => {
    const answer = answerRights('gdpr')!;
    expect(answer.rights.map((right) => right.type)).toEqual(
      expect.arrayContaining(['rectification', 'erasure', 'restriction', 'objection']),
    );
    expect(answer.complaint.citation).toContain('77');
    expect(answer.complaint.url).toMatch(/^https:\/\//);
  });

  it("gives a US state's regulator, not an EU one", () => {
    expect(answerRights('us-va')!.complaint.name).toMatch(/Attorney General/);
  });

  it('has words for every right and no answer for an unknown regime', () => {
    for (const type of RIGHT_TYPES) expect(RIGHT_WORDS[type].length).toBeGreaterThan(10);
    expect(answerRights('atlantis')).toBeNull();
  });
});
