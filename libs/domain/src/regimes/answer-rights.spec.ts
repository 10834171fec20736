import { answerRights, RIGHT_WORDS } from './answer-rights.js';

const received = (jurisdiction: string, policyVersion: string | null = '2026.1') => ({
  jurisdiction,
  policyVersion,
  receivedAt: new Date('2026-08-03T10:00:00Z'),
});
import { RIGHT_TYPES } from './policy-pack.types.js';

describe('answerRights (GDPR Art. 15(1)(e)-(f))', () => {
  it('names rectification, erasure, restriction and objection for a GDPR request, with the complaint route', () => {
    const answer = answerRights(received('gdpr'), 'UTC')!;
    expect(answer.rights.map((right) => right.type)).toEqual(
      expect.arrayContaining(['rectification', 'erasure', 'restriction', 'objection']),
    );
    expect(answer.complaint.citation).toContain('77');
    expect(answer.complaint.url).toMatch(/^https:\/\//);
  });

  it("gives a US state's regulator, not an EU one", () => {
    expect(answerRights(received('us-va'), 'UTC')!.complaint.name).toMatch(/Attorney General/);
  });

  it("names the rights of the request's own version: Utah's correction only from 2026.2 (H.B. 418)", () => {
    const types = (policyVersion: string | null) =>
      answerRights(received('us-ut', policyVersion), 'UTC')!.rights.map((right) => right.type);
    expect(types('2026.1')).not.toContain('rectification');
    expect(types('2026.2')).toContain('rectification');
    // Received 3 August 2026 before pinning: the version in force that day.
    expect(types(null)).toContain('rectification');
  });

  it('has words for every right and no answer for an unknown regime', () => {
    for (const type of RIGHT_TYPES) expect(RIGHT_WORDS[type].length).toBeGreaterThan(10);
    expect(answerRights(received('atlantis'), 'UTC')).toBeNull();
  });
});
