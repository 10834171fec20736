import type { PolicyPack } from '../policy-pack.types.js';

export const quebecLaw25: PolicyPack = {
  code: 'quebec-law25',
  name: 'Québec Law 25',
  law: 'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1), as amended by Law 25',
  version: '2026.1',
  effective: '2024-09-22',
  covers: { countries: ['CA'], regions: ['CA-QC'], citation: 'CQLR c. P-39.1 s. 1' },
  answer: {
    period: { length: 30, unit: 'days' },
    citation: 'CQLR c. P-39.1 s. 32',
    counting: { citation: 'CQLR c. P-39.1 s. 32 ("within 30 days of receiving the request")' },
    rollsToWorkingDay: false,
  },
  extension: {
    applies: false,
    citation: 'CQLR c. P-39.1 s. 32',
    note: 'No extension for private enterprises; failing to answer in time is deemed a refusal.',
  },
  receiptConfirmation: {
    applies: false,
    citation: 'CQLR c. P-39.1 s. 32 (no duty to confirm receipt)',
  },
  pauses: { reasons: [], citation: 'CQLR c. P-39.1 s. 32' },
  appeal: {
    applies: false,
    citation:
      'CQLR c. P-39.1 s. 42-43 (application to the Commission within 30 days of the refusal)',
  },
  rights: {
    granted: ['access', 'rectification', 'erasure', 'portability'],
    citation: 'CQLR c. P-39.1 s. 27, 28, 28.1',
    note: 'Erasure stands for the end of dissemination and de-indexation (s. 28.1); portability from 22 Sept 2024 (s. 27 al. 3).',
  },
  verification: {
    required: ['access', 'rectification', 'erasure', 'portability'],
    citation: 'CQLR c. P-39.1 s. 30 (proof of identity)',
  },
  authority: {
    name: "Commission d'accès à l'information du Québec",
    url: 'https://www.cai.gouv.qc.ca',
    citation: 'CQLR c. P-39.1 s. 42',
  },
};
