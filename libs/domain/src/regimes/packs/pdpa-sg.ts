import type { PolicyPack } from '../policy-pack.types.js';

export const pdpaSg: PolicyPack = {
  code: 'pdpa-sg',
  name: 'PDPA (Singapore)',
  law: 'Personal Data Protection Act 2012 and Personal Data Protection Regulations 2021',
  version: '2026.1',
  effective: '2021-02-01',
  covers: { countries: ['SG'], citation: 'PDPA s. 4' },
  answer: {
    period: { length: 30, unit: 'days' },
    citation: 'PDPA s. 21, 22; PDP Regulations 2021 reg. 5(1)',
    counting: {
      citation: 'PDP Regulations 2021 reg. 5(1) ("within 30 days after receiving the request")',
    },
    rollsToWorkingDay: false,
  },
  extension: {
    applies: true,
    period: { length: 30, unit: 'days' },
    times: 1,
    tellSubject: {
      within: 'answer_period',
      with: ['the time by which the organisation will respond'],
    },
    citation: 'PDP Regulations 2021 reg. 5(2)',
    reading: true,
    note: 'The regulation lets the organisation name the time; 30 more days is our reading of "as soon as reasonably possible".',
  },
  receiptConfirmation: {
    applies: false,
    citation: 'PDP Regulations 2021 reg. 5 (no duty to confirm receipt)',
  },
  pauses: { reasons: [], citation: 'PDP Regulations 2021 reg. 5' },
  appeal: {
    applies: false,
    citation: 'PDPA s. 48H (application to the Commission for review)',
  },
  rights: {
    granted: ['access', 'rectification'],
    citation: 'PDPA s. 21, 22',
    note: 'Data portability (Part 6B) is not yet in force.',
  },
  verification: {
    required: ['access', 'rectification'],
    citation:
      'PDPC Advisory Guidelines on Key Concepts, ch. 15 (verify the identity of the applicant)',
  },
  authority: {
    name: 'Personal Data Protection Commission',
    url: 'https://www.pdpc.gov.sg/complaints-and-reviews',
    citation: 'PDPA s. 48H',
  },
};
