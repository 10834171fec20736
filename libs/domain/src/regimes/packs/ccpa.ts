import type { PolicyPack } from '../policy-pack.types.js';

export const ccpa: PolicyPack = {
  code: 'ccpa',
  name: 'CCPA/CPRA',
  law: 'California Consumer Privacy Act of 2018, as amended by the California Privacy Rights Act',
  version: '2026.1',
  effective: '2023-01-01',
  covers: { countries: ['US'], regions: ['US-CA'], citation: 'Cal. Civ. Code § 1798.140(i)' },
  answer: {
    period: { length: 45, unit: 'days' },
    citation: 'Cal. Civ. Code § 1798.130(a)(2)(A); 11 CCR § 7021(b)',
    counting: {
      citation: '11 CCR § 7021(b)',
      note: 'Calendar days from the day the business receives the request, whatever time verification takes.',
    },
    rollsToWorkingDay: false,
  },
  extension: {
    applies: true,
    period: { length: 45, unit: 'days' },
    times: 1,
    tellSubject: { within: 'answer_period', with: ['the extension', 'the reason for it'] },
    citation: 'Cal. Civ. Code § 1798.130(a)(2)(A); 11 CCR § 7021(b)',
  },
  receiptConfirmation: {
    applies: true,
    period: { length: 10, unit: 'business_days' },
    citation: '11 CCR § 7021(a)',
    note: 'Confirm receipt and say how the request will be processed.',
  },
  pauses: {
    reasons: [],
    citation: '11 CCR § 7021(b)',
    note: 'The 45 days run regardless of the time required to verify the request.',
  },
  appeal: {
    applies: false,
    citation: 'Cal. Civ. Code § 1798.130; 11 CCR § 7020-7028 (no appeal process)',
  },
  rights: {
    granted: ['access', 'erasure', 'rectification', 'portability', 'opt_out', 'limit_sensitive'],
    citation:
      'Cal. Civ. Code § 1798.100, 1798.105, 1798.106, 1798.110, 1798.120, 1798.121, 1798.130(a)(3)(B)(iii)',
  },
  verification: {
    required: ['access', 'erasure', 'rectification', 'portability'],
    citation: '11 CCR § 7060(b), 7026(d), 7027(e)',
    note: 'Opt-out of sale/sharing and the limit on sensitive data are not verified; they are acted on within 15 business days (§ 7026(f), § 7027(g)).',
    unverified: {
      period: { length: 15, unit: 'business_days' },
      citation: '11 CCR § 7026(f), § 7027(g)',
      note: 'Opt-out of sale/sharing and the limit on sensitive data: comply no later than 15 business days from the date the business receives the request.',
      rollsToWorkingDay: false,
    },
  },
  authority: {
    name: 'California Privacy Protection Agency',
    url: 'https://cppa.ca.gov/webapplications/complaint',
    citation: 'Cal. Civ. Code § 1798.199.10, 1798.199.45',
  },
};
