import { describe, expect, it } from '@jest/globals';
import { POLICY_PACKS } from './packs/index.js';
import { denialWording } from './denial-wording.js';

describe('denialWording', () => {
  it('names the lead supervisory authority and the judicial remedy under the GDPR (Art. 12(4))', () => {
    expect(denialWording(POLICY_PACKS.gdpr, 'the Berlin authority')).toEqual({
      complaint:
        'You have the right to lodge a complaint with a supervisory authority: the Berlin authority. You may also seek a judicial remedy.',
      complaintTo: { kind: 'supervisory', authority: 'the Berlin authority' },
      appeal: null,
    });
  });

  it('names the ICO under UK GDPR', () => {
    expect(denialWording(POLICY_PACKS['uk-gdpr'], 'ignored').complaint).toContain(
      "Information Commissioner's Office (https://ico.org.uk/make-a-complaint/)",
    );
  });

  it('offers the appeal and the Attorney General where a state grants one (Va. Code § 59.1-577(C))', () => {
    const wording = denialWording(POLICY_PACKS['us-va'], 'ignored');
    expect(wording.appeal?.route).toContain('Office of the Attorney General of Virginia');
  });

  it('names the regulator where there is no appeal (CCPA: the CPPA)', () => {
    expect(denialWording(POLICY_PACKS.ccpa, 'ignored')).toEqual({
      complaint: expect.stringContaining('California Privacy Protection Agency'),
      complaintTo: { kind: 'regulator', authority: expect.stringContaining('California Privacy') },
      appeal: null,
    });
  });
});
