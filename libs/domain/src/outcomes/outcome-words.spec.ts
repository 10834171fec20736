import { outcomeInWords, retainedInWords } from './outcome-words.js';

describe('outcomeInWords', () => {
  it('says counts in words, one and many', () => {
    expect(outcomeInWords({ outcome: 'completed', counts: { found: 1, erased: 0 } })).toBe(
      '1 record found',
    );
    expect(outcomeInWords({ outcome: 'completed', counts: { erased: 3, deleted: 2 } })).toBe(
      '3 values erased; 2 records deleted',
    );
  });

  it('says what was kept, on which basis and until when', () => {
    expect(
      outcomeInWords({
        outcome: 'completed',
        counts: { retained: 4 },
        retained: [{ basis: 'legal obligation', until: '2031-01-31' }],
      }),
    ).toBe('4 values kept; kept: legal obligation until 31 January 2031');
    expect(retainedInWords({ basis: 'a court order', until: null })).toBe(
      'kept: a court order, with no end date recorded',
    );
  });

  it('says outcomes without counts in words, never as codes', () => {
    expect(outcomeInWords({ outcome: 'not_found' })).toBe('nothing about you found');
    expect(outcomeInWords({ outcome: 'skipped' })).toMatch(/^not searched/);
    expect(outcomeInWords({ outcome: 'completed', counts: {} })).toBe('done');
  });
});
