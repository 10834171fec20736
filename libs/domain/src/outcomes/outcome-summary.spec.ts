import { describe, expect, it } from '@jest/globals';
import { auditOutcome, summariseOutcome } from './outcome-summary.js';

describe('summariseOutcome', () => {
  it('says "no data found" when no system found anything', () => {
    const outcome = summariseOutcome([
      {
        systemName: 'crm',
        state: 'succeeded',
        outcome: 'not_found',
        counts: { found: 0 },
        retained: [],
        subjectNote: null,
      },
      {
        systemName: 'visits',
        state: 'skipped',
        outcome: null,
        counts: null,
        retained: [],
        subjectNote: 'no cookie id',
      },
    ]);
    expect(outcome.result).toBe('no_data_found');
    expect(outcome.systems[1]).toMatchObject({
      system: 'visits',
      outcome: 'skipped',
      note: 'no cookie id',
    });
  });

  it('adds counts up and keeps what was retained, why and until when; the audit copy has no "what"', () => {
    const outcome = summariseOutcome([
      {
        systemName: 'shop',
        state: 'succeeded',
        outcome: 'completed',
        counts: { found: 3, erased: 2 },
        retained: [{ what: 'orders.total', basis: 'Accounting law', until: '2036-01-01' }],
        subjectNote: null,
      },
      {
        systemName: 'crm',
        state: 'succeeded',
        outcome: 'completed',
        counts: { found: 1, deleted: 1 },
        retained: [],
        subjectNote: null,
      },
    ]);
    expect(outcome.result).toBe('completed');
    expect(outcome.counts).toMatchObject({ found: 4, erased: 2, deleted: 1 });
    expect(outcome.retained).toEqual([
      { what: 'orders.total', basis: 'Accounting law', until: '2036-01-01', system: 'shop' },
    ]);
    expect(auditOutcome(outcome).retained).toEqual([
      { system: 'shop', basis: 'Accounting law', until: '2036-01-01' },
    ]);
  });
});
