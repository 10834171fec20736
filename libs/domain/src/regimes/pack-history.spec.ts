import { describe, expect, it } from '@jest/globals';
import { computeDueAt, computeExtendedDueAt } from '../clocks/deadline.clock.js';
import { regimeClock } from '../clocks/regime.clock.js';
import { requestClock } from '../clocks/request-clock.js';
import { intakeRegime } from './intake-regime.js';
import { diffPacks, packVersions } from './pack-diff.js';
import { packInForce, packVersion, pinnedPack, versionInForceOn } from './pack-history.js';
import { PACK_HISTORIES } from './packs/index.js';
import { usUt2026v1, usUt2026v2 } from './packs/us-ut.js';
import { type PackHistory, REGIME_CODES } from './policy-pack.types.js';

const utc = { controllerTimezone: 'UTC' };

describe('pack histories', () => {
  it.each(REGIME_CODES.map((code) => [code, PACK_HISTORIES[code]] as const))(
    '%s: one code, versions in order of their effective day, each later one citing its amendment',
    (code, history) => {
      expect(history.map((pack) => pack.code)).toEqual(history.map(() => code));
      const versions = history.map((pack) => pack.version);
      expect(new Set(versions).size).toBe(versions.length);
      const days = history.map((pack) => pack.effective);
      expect([...days].sort()).toEqual(days);
      expect(new Set(days).size).toBe(days.length);
      expect(history[0].amendedBy).toBeUndefined();
      for (const later of history.slice(1)) {
        expect(later.amendedBy?.citation.trim().length).toBeGreaterThan(10);
      }
    },
  );
});

describe('the version in force, chosen by the receipt day', () => {
  it('gives Utah 2026.1 until 30 June 2026 and 2026.2 (H.B. 418) from 1 July 2026', () => {
    expect(packInForce('us-ut', new Date('2026-06-30T23:00:00Z'), 'UTC').version).toBe('2026.1');
    expect(packInForce('us-ut', new Date('2026-07-01T00:00:00Z'), 'UTC').version).toBe('2026.2');
    expect(packInForce('us-ct', new Date('2026-07-01T12:00:00Z'), 'UTC').version).toBe('2026.2');
  });

  it("counts the receipt day in the controller's zone", () => {
    // 03:00 UTC on 1 July is still 30 June in Denver.
    const receivedAt = new Date('2026-07-01T03:00:00Z');
    expect(packInForce('us-ut', receivedAt, 'America/Denver').version).toBe('2026.1');
    expect(packInForce('us-ut', receivedAt, 'UTC').version).toBe('2026.2');
  });

  it('gives the first version to a day before the law began', () => {
    expect(packInForce('us-ut', new Date('2020-01-01T00:00:00Z'), 'UTC').version).toBe('2026.1');
  });

  it('takes a right only from the version that grants it (Utah correction, § 13-61-201(4))', () => {
    const rectify = (at: string) =>
      intakeRegime({ jurisdiction: 'us-ut', type: 'rectification' }, new Date(at), utc).version;
    let refused: unknown;
    try {
      rectify('2026-06-15T12:00:00Z');
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      details: {
        errors: [
          {
            field: 'type',
            message: expect.stringMatching(/^Utah CPA grants no rectification right/),
          },
        ],
      },
    });
    expect(rectify('2026-07-15T12:00:00Z')).toBe('2026.2');
  });

  it('refuses a version no pack has, naming the known ones', () => {
    expect(() => packVersion('us-ut', '2019.9')).toThrow(
      /no pack version "2019.9"; known: 2026.1, 2026.2/,
    );
  });
});

/**
 * A history with a shorter answer period from 1 July 2026 (made up for this test: no real amendment
 * in the packs has changed a clock yet), to show that the version pinned at receipt keeps counting.
 */
const shorter: PackHistory = [
  usUt2026v1,
  {
    ...usUt2026v1,
    version: '2026.9',
    effective: '2026-07-01',
    answer: { ...usUt2026v1.answer, period: { length: 30, unit: 'days' } },
  },
];

describe('an open request keeps its pinned version after a newer one takes effect', () => {
  const receivedAt = new Date('2026-06-20T12:00:00Z');

  it('keeps the due date the pinned version gives, not the newer one', () => {
    const pinned = versionInForceOn(shorter, '2026-06-20');
    expect(pinned.version).toBe('2026.1');
    const due = (pack = pinned) => regimeClock({ pack, receivedAt, place: utc }).dueAt;
    // 45 days from 20 June: 4 August; the newer 30 days would give 20 July.
    expect(due()).toEqual(new Date('2026-08-04T23:59:59.999Z'));
    expect(versionInForceOn(shorter, '2026-08-01').version).toBe('2026.9');
    expect(due(shorter[1])).toEqual(new Date('2026-07-20T23:59:59.999Z'));
  });

  it('explains and extends a Utah request received in June under 2026.1, in December', () => {
    const request = {
      type: 'access',
      jurisdiction: 'us-ut',
      policyVersion: '2026.1',
      receivedAt,
      dueAt: computeDueAt(receivedAt, 'us-ut', utc),
      extendedDueAt: null,
    };
    expect(pinnedPack(request, 'UTC')).toBe(usUt2026v1);
    const clock = requestClock(request, utc, [], new Date('2026-12-01T12:00:00Z'));
    expect(clock).toMatchObject({ version: '2026.1', dueAt: new Date('2026-08-04T23:59:59.999Z') });
    expect(clock.trace).toContainEqual({
      rule: 'policy_version',
      citation: 'Utah CPA pack 2026.1, in force from 2023-12-31',
      result: 'Pinned at receipt to pack 2026.1',
    });
    expect(clock.trace.map((step) => step.rule)).not.toContain('stored.dueAt');
    expect(computeExtendedDueAt(receivedAt, pinnedPack(request, 'UTC'), utc)).toEqual(
      new Date('2026-09-18T23:59:59.999Z'),
    );
  });

  it('explains a request received before pinning under the version in force on its receipt day', () => {
    const request = {
      type: 'access',
      jurisdiction: 'us-ut',
      policyVersion: null,
      receivedAt: new Date('2026-07-02T12:00:00Z'),
      dueAt: computeDueAt(new Date('2026-07-02T12:00:00Z'), 'us-ut', utc),
      extendedDueAt: null,
    };
    expect(requestClock(request, utc).version).toBe('2026.2');
  });
});

describe('the diff of a newer version against the previous one', () => {
  it('lists the rules H.B. 418 changed in Utah, with the citations on both sides', () => {
    const changes = diffPacks(usUt2026v1, usUt2026v2);
    expect(changes.map((change) => change.rule)).toEqual(['rights', 'verification']);
    const rights = changes.find((change) => change.rule === 'rights');
    expect(rights).toMatchObject({
      words: 'Rights granted',
      citationBefore: 'Utah Code § 13-61-201',
      citationAfter: 'Utah Code § 13-61-201 (as amended by H.B. 418 (2025): (4) correction)',
    });
    expect(rights?.changes).toContainEqual({
      path: 'granted',
      before: ['access', 'erasure', 'portability', 'opt_out'],
      after: ['access', 'rectification', 'erasure', 'portability', 'opt_out'],
    });
    expect(rights?.changes).toContainEqual(expect.objectContaining({ path: 'note', before: null }));
  });

  it('lists nothing for two equal versions', () => {
    expect(diffPacks(usUt2026v1, { ...usUt2026v1, version: '2026.5' })).toEqual([]);
  });

  it('names a changed clock rule by its path', () => {
    expect(diffPacks(shorter[0], shorter[1])).toEqual([
      {
        rule: 'answer',
        words: 'Answer period',
        citationBefore: 'Utah Code § 13-61-203(4)',
        citationAfter: 'Utah Code § 13-61-203(4)',
        changes: [{ path: 'period.length', before: 45, after: 30 }],
      },
    ]);
  });

  it('lists versions newest first with the one in force, and an upcoming one as such', () => {
    const december = packVersions('us-ut', new Date('2026-12-01T12:00:00Z'), 'UTC');
    expect(december).toMatchObject({ code: 'us-ut', inForce: '2026.2' });
    expect(
      december.versions.map((v) => [v.version, v.inForce, v.upcoming, v.changes.length]),
    ).toEqual([
      ['2026.2', true, false, 2],
      ['2026.1', false, false, 0],
    ]);
    expect(december.versions[0]?.amendedBy?.citation).toMatch(/^H\.B\. 418/);
    const june = packVersions('us-ut', new Date('2026-06-01T12:00:00Z'), 'UTC');
    expect(june.inForce).toBe('2026.1');
    expect(june.versions[0]).toMatchObject({ version: '2026.2', inForce: false, upcoming: true });
  });
});
