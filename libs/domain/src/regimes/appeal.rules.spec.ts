import { describe, expect, it } from '@jest/globals';
import { POLICY_PACKS } from './packs/index.js';
import { appealDecideBy, appealOffer } from './appeal.rules.js';

const richmond = { controllerTimezone: 'America/New_York', controllerCountry: 'US' };
const deniedOn = new Date('2026-03-02T15:00:00Z'); // Mon 2 Mar 2026, 10:00 in Richmond

describe('appealOffer', () => {
  const denied = { status: 'denied' as const, closedAt: deniedOn };

  it('opens a Virginia appeal for 60 days after the decision (our reading)', () => {
    const offer = appealOffer(
      POLICY_PACKS['us-va'],
      denied,
      new Date('2026-04-01T12:00Z'),
      richmond,
    );
    // 2 Mar + 60 days = Fri 1 May 2026, end of the day in New York.
    expect(offer).toMatchObject({ offered: true, askBy: new Date('2026-05-02T03:59:59.999Z') });
  });

  it('closes the window the day after its last day', () => {
    const offer = appealOffer(
      POLICY_PACKS['us-va'],
      denied,
      new Date('2026-05-02T04:00:00Z'),
      richmond,
    );
    expect(offer).toMatchObject({ offered: false, refusal: 'window_closed' });
  });

  it('refuses a regime without an appeal, naming it and its citation', () => {
    expect(appealOffer(POLICY_PACKS.ccpa, denied, deniedOn, richmond)).toEqual({
      offered: false,
      refusal: 'not_granted',
      message: expect.stringMatching(/^CCPA.* grants no appeal \(Cal\. Civ\. Code/),
    });
    expect(appealOffer(POLICY_PACKS.gdpr, denied, deniedOn, richmond)).toMatchObject({
      refusal: 'not_granted',
    });
  });

  it('refuses a request that is not decided', () => {
    for (const status of ['in_progress', 'cancelled', 'expired'] as const) {
      expect(
        appealOffer(POLICY_PACKS['us-va'], { status, closedAt: deniedOn }, deniedOn, richmond),
      ).toMatchObject({ offered: false, refusal: 'not_decided' });
    }
  });
});

describe('appealDecideBy', () => {
  it('gives Virginia 60 days and Colorado 45 (Va. Code § 59.1-577(C); C.R.S. § 6-1-1306(3))', () => {
    const asked = new Date('2026-03-10T15:00:00Z');
    const va = POLICY_PACKS['us-va'].appeal;
    const co = POLICY_PACKS['us-co'].appeal;
    if (!va.applies || !co.applies) throw new Error('both packs grant an appeal');
    expect(appealDecideBy(va, asked, richmond).toISOString()).toBe('2026-05-10T03:59:59.999Z');
    expect(appealDecideBy(co, asked, richmond).toISOString()).toBe('2026-04-25T03:59:59.999Z');
  });
});
