import type { PolicyPack } from '../policy-pack.types.js';

export const popia: PolicyPack = {
  code: 'popia',
  name: 'POPIA',
  law: 'Protection of Personal Information Act 4 of 2013, with PAIA 2 of 2000',
  version: '2026.1',
  effective: '2021-07-01',
  covers: { countries: ['ZA'], citation: 'POPIA s. 3' },
  answer: {
    period: { length: 30, unit: 'days' },
    citation: 'POPIA s. 23(3); PAIA s. 56(1)',
    counting: {
      citation: 'Interpretation Act 33 of 1957 s. 4',
      note: 'First day excluded, last day included.',
    },
    rollsToWorkingDay: false,
    note: 'Interpretation Act s. 4 extends a last day on a Sunday or public holiday; not applied here (the earlier date is kept).',
  },
  extension: {
    applies: true,
    period: { length: 30, unit: 'days' },
    times: 1,
    tellSubject: {
      within: 'answer_period',
      with: [
        'the period of the extension',
        'the reasons',
        'the right to complain to the Information Regulator',
      ],
    },
    citation: 'PAIA s. 57(1)-(3)',
  },
  receiptConfirmation: { applies: false, citation: 'PAIA s. 56 (no duty to confirm receipt)' },
  pauses: {
    reasons: ['fee'],
    citation: 'PAIA s. 54(6)',
    reading: true,
    note: 'The period does not run while a required deposit is awaited.',
  },
  appeal: {
    applies: false,
    citation: 'PAIA s. 77A (complaint to the Information Regulator within 180 days)',
  },
  rights: {
    granted: ['access', 'rectification', 'erasure', 'objection'],
    citation: 'POPIA s. 23, 24, 11(3)',
  },
  verification: {
    required: ['access', 'rectification', 'erasure', 'objection'],
    citation: 'POPIA s. 23(1) ("adequate proof of identity")',
  },
  authority: {
    name: 'Information Regulator (South Africa)',
    url: 'https://inforegulator.org.za',
    citation: 'POPIA s. 39, 74',
  },
};
