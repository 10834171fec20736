import { describe, expect, it } from '@jest/globals';
import { computeDueAt, computeExtendedDueAt } from '../clocks/deadline.clock.js';
import { PACK_HISTORIES, POLICY_PACKS } from './packs/index.js';
import { type Cited, PAUSE_REASONS, REGIME_CODES, RIGHT_TYPES } from './policy-pack.types.js';

// Every version of every pack, old ones too: a request pinned to one is still counted under it.
const packs = REGIME_CODES.flatMap((code) =>
  PACK_HISTORIES[code].map((pack) => [`${code} ${pack.version}`, code, pack] as const),
);

/** Every object in a pack that has a citation key must have a non-empty one. */
function citations(value: unknown, path = ''): [string, Cited][] {
  if (value === null || typeof value !== 'object') return [];
  const here: [string, Cited][] = 'citation' in value ? [[path, value as Cited]] : [];
  return [
    ...here,
    ...Object.entries(value).flatMap(([key, child]) => citations(child, `${path}.${key}`)),
  ];
}

describe('policy packs', () => {
  it.each(packs)('%s is complete and consistent', (_name, code, pack) => {
    expect(pack.code).toBe(code);
    expect(pack.version).toMatch(/^\d{4}\.\d+$/);
    expect(pack.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const country of pack.covers.countries) expect(country).toMatch(/^[A-Z]{2}$/);
    for (const region of pack.covers.regions ?? []) {
      expect(pack.covers.countries).toContain(region.slice(0, 2));
      expect(region).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
    }
    expect(pack.rights.granted.length).toBeGreaterThan(0);
    expect(pack.rights.granted).toContain('access');
    for (const right of pack.rights.granted) expect(RIGHT_TYPES).toContain(right);
    for (const right of pack.verification.required) expect(pack.rights.granted).toContain(right);
    // Contract: opt_out and limit_sensitive need no identity verification.
    expect(pack.verification.required).not.toContain('opt_out');
    expect(pack.verification.required).not.toContain('limit_sensitive');
    for (const reason of pack.pauses.reasons) expect(PAUSE_REASONS).toContain(reason);
    expect(pack.authority.url).toMatch(/^https:\/\//);
    const cited = citations(pack);
    expect(cited.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        '.covers',
        '.answer',
        '.answer.counting',
        '.extension',
        '.receiptConfirmation',
        '.pauses',
        '.appeal',
        '.rights',
        '.verification',
        '.authority',
      ]),
    );
    for (const [path, rule] of cited)
      expect([path, rule.citation.trim().length > 3]).toEqual([path, true]);
  });

  it('puts every resident region under one pack at most per regime and the codes in one list', () => {
    expect(new Set(REGIME_CODES).size).toBe(28);
    expect(Object.isFrozen(POLICY_PACKS)).toBe(true);
  });
});

/**
 * One dated example per pack, controller in UTC without holidays: received Thu 1 Oct 2026.
 * Month regimes: Sun 1 Nov → Mon 2 Nov (Reg. 1182/71 Art. 3(4); ICO guidance); day regimes count on.
 */
describe('due dates per pack: received Thursday 1 October 2026', () => {
  const received = new Date('2026-10-01T12:00:00Z');
  it.each([
    ['gdpr', '2026-11-02', '2027-01-01'], // Art. 12(3): +1 month (Sun 1 Nov → Mon), +3 months
    ['uk-gdpr', '2026-11-02', '2027-01-01'],
    ['ccpa', '2026-11-15', '2026-12-30'], // § 1798.130(a)(2): 45 days, +45
    ['us-va', '2026-11-15', '2026-12-30'],
    ['us-co', '2026-11-15', '2026-12-30'],
    ['us-ct', '2026-11-15', '2026-12-30'],
    ['us-ut', '2026-11-15', '2026-12-30'],
    ['us-tx', '2026-11-15', '2026-12-30'],
    ['us-or', '2026-11-15', '2026-12-30'],
    ['us-mt', '2026-11-15', '2026-12-30'],
    ['us-ia', '2026-12-30', '2027-02-13'], // § 715D.3(2): 90 days, +45
    ['us-de', '2026-11-15', '2026-12-30'],
    ['us-nh', '2026-11-15', '2026-12-30'],
    ['us-nj', '2026-11-15', '2026-12-30'],
    ['us-tn', '2026-11-15', '2026-12-30'],
    ['us-mn', '2026-11-15', '2026-12-30'],
    ['us-md', '2026-11-15', '2026-12-30'],
    ['us-in', '2026-11-15', '2026-12-30'],
    ['us-ky', '2026-11-15', '2026-12-30'],
    ['us-ri', '2026-11-15', '2026-12-30'],
    ['lgpd', '2026-10-16', null], // Art. 19 II: 15 days, no extension
    ['pipeda', '2026-11-02', '2026-11-30'], // s. 8(3): 30 days to Sat 31 Oct → Mon 2 Nov; s. 8(4): +30
    ['quebec-law25', '2026-10-31', null], // s. 32: 30 days, no extension
    ['popia', '2026-10-31', '2026-11-30'], // PAIA s. 56, 57: 30 days, +30
    ['pdpa-sg', '2026-10-31', '2026-11-30'], // reg. 5: 30 days (+30, our reading)
    ['appi', '2026-10-15', null], // Art. 33(2) "without delay": 14 days, our reading
    ['fadp', '2026-10-31', '2026-11-30'], // DPO Art. 18: 30 days (+30, our reading)
    ['app-au', '2026-10-31', null], // APP 12.4: 30 days (OAIC), our reading
  ])('%s: due %s, extended %s', (code, due, extended) => {
    expect(computeDueAt(received, code, 'UTC').toISOString()).toBe(`${due}T23:59:59.999Z`);
    if (extended === null) {
      expect(() => computeExtendedDueAt(received, code, 'UTC')).toThrow(/allows no extension/);
    } else {
      expect(computeExtendedDueAt(received, code, 'UTC').toISOString()).toBe(
        `${extended}T23:59:59.999Z`,
      );
    }
  });
});

describe('appeal rules', () => {
  it.each([
    ['us-va', 60, null],
    ['us-ct', 60, null],
    ['us-tx', 60, null],
    ['us-mt', 60, null],
    ['us-co', 45, 60],
    ['us-or', 45, null],
  ])(
    '%s decides an appeal within %i days (extension %s) and names the regulator',
    (code, days, extension) => {
      const appeal = POLICY_PACKS[code as keyof typeof POLICY_PACKS].appeal;
      if (!appeal.applies) throw new Error(`${code} has no appeal`);
      expect(appeal.decideWithin).toEqual({ length: days, unit: 'days' });
      expect(appeal.extension).toEqual(
        extension === null ? null : { length: extension, unit: 'days' },
      );
      expect(appeal.complaintRoute).toMatch(/Attorney General|Department of Justice/);
    },
  );

  it('gives no appeal where the statute has none (California, Utah, GDPR)', () => {
    for (const code of ['ccpa', 'us-ut', 'gdpr', 'uk-gdpr'] as const) {
      expect(POLICY_PACKS[code].appeal.applies).toBe(false);
    }
  });

  it('stops the clock for identity, clarification and fee in the UK only among the European packs', () => {
    expect(POLICY_PACKS['uk-gdpr'].pauses.reasons).toEqual(['identity', 'clarification', 'fee']);
    expect(POLICY_PACKS.gdpr.pauses.reasons).toEqual([]);
  });
});
