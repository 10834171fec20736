import { describe, expect, it } from '@jest/globals';
import { isDomainError } from '../errors/domain-error.js';
import { exemptionsUnder, refusalWords } from './exemption-codes.js';
import { categoryCovers, checkPartRefusal, type PartRefusalCase } from './part-refusal.rules.js';

const base: PartRefusalCase = {
  type: 'access',
  jurisdiction: 'gdpr',
  part: { scope: 'system', systemId: 's1' },
  exemptionCode: 'rights_of_others',
  taskState: null,
};

const refusal = (change: Partial<PartRefusalCase>) => {
  try {
    checkPartRefusal({ ...base, ...change });
    return 'allowed';
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return `${error.code} ${error.details?.reasonCode ?? error.details?.errors?.[0]?.field}`;
  }
};

describe('partial refusals', () => {
  it('cites each exemption under the request regime', () => {
    expect(checkPartRefusal(base).citation).toBe('GDPR Art. 15(4) and Recital 63');
    expect(checkPartRefusal({ ...base, jurisdiction: 'ccpa' }).citation).toBe(
      'Cal. Civ. Code §1798.145(k)',
    );
  });

  it('offers under a regime without its own citations only the restriction the text names', () => {
    expect(exemptionsUnder('pipeda').map((e) => e.code)).toEqual(['national_restriction']);
    expect(refusal({ jurisdiction: 'pipeda' })).toBe('invalid_input exemptionCode');
    expect(refusal({ jurisdiction: 'pipeda', exemptionCode: 'national_restriction' })).toBe(
      'allowed',
    );
  });

  it('withholds a category only from data returned, and never undoes a change made', () => {
    expect(refusal({ part: { scope: 'category', category: 'user.financial' } })).toBe('allowed');
    expect(
      refusal({ type: 'erasure', part: { scope: 'category', category: 'user.financial' } }),
    ).toBe('invalid_input category');
    expect(refusal({ taskState: 'running' })).toBe('conflict task_running');
    expect(refusal({ taskState: 'succeeded' })).toBe('allowed');
    expect(refusal({ type: 'erasure', taskState: 'succeeded' })).toBe('conflict task_done');
    expect(refusal({ type: 'erasure', taskState: 'waiting' })).toBe('allowed');
  });

  it('a refused category covers its subcategories only', () => {
    expect(categoryCovers('user.contact', 'user.contact.email')).toBe(true);
    expect(categoryCovers('user.contact', 'user.contact')).toBe(true);
    expect(categoryCovers('user.contact', 'user.contactless')).toBe(false);
  });

  it('words a refusal for the subject', () => {
    expect(
      refusalWords({
        id: 'r',
        scope: 'category',
        systemName: null,
        category: 'user.financial',
        exemptionCode: 'legal_claims',
        citation: 'GDPR Art. 17(3)(e)',
        text: 'A claim is pending.',
      }),
    ).toEqual({
      part: 'data of the category user.financial',
      reason: 'we need it to establish, exercise or defend legal claims',
      citation: 'GDPR Art. 17(3)(e)',
      text: 'A claim is pending.',
      systemName: null,
    });
  });
});
