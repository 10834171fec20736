import { describe, expect, it } from '@jest/globals';
import { hasLegalBasis, servesMarketing, SYSTEM_SCOPES } from './system-scope.js';

const system = (legalBases: string[], purposes: string[] = ['orders']) => ({
  legalBases,
  purposes,
});
const none = { objectionGround: null };

describe('which systems a request reaches', () => {
  it('reads legal bases as codes, names or GDPR points', () => {
    expect(hasLegalBasis(['contract'], 'contract')).toBe(true);
    expect(hasLegalBasis(['Contract (GDPR Art. 6(1)(b))'], 'contract')).toBe(true);
    expect(hasLegalBasis(['Art. 6(1)(a) GDPR'], 'consent')).toBe(true);
    expect(hasLegalBasis(['legitimate_interests'], 'contract')).toBe(false);
    expect(
      hasLegalBasis(['Legitimate interests (GDPR Art. 6(1)(f))'], 'legitimate_interests'),
    ).toBe(true);
  });

  it('portability: only systems on consent or contract (Art. 20(1)(a))', () => {
    const takes = SYSTEM_SCOPES.portability.takesPart;
    expect(takes(system(['contract']), none)).toBe(true);
    expect(takes(system(['consent', 'legitimate_interests']), none)).toBe(true);
    expect(takes(system(['legitimate_interests']), none)).toBe(false);
    expect(takes(system(['legal_obligation']), none)).toBe(false);
  });

  it('objection: marketing systems for direct marketing, legitimate interests otherwise', () => {
    const takes = SYSTEM_SCOPES.objection.takesPart;
    const newsletter = system(['consent'], ['Other marketing purposes']);
    const stats = system(['legitimate_interests'], ['statistics']);
    expect(servesMarketing(newsletter.purposes)).toBe(true);
    expect(takes(newsletter, { objectionGround: 'direct_marketing' })).toBe(true);
    expect(takes(stats, { objectionGround: 'direct_marketing' })).toBe(false);
    expect(takes(stats, { objectionGround: 'legitimate_interests' })).toBe(true);
    expect(takes(newsletter, { objectionGround: 'legitimate_interests' })).toBe(false);
  });
});
