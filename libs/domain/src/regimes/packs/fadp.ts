import type { PolicyPack } from '../policy-pack.types.js';

export const fadp: PolicyPack = {
  code: 'fadp',
  name: 'FADP (Switzerland)',
  law: 'Federal Act on Data Protection (SR 235.1) and Data Protection Ordinance (SR 235.11)',
  version: '2026.1',
  effective: '2023-09-01',
  covers: { countries: ['CH'], citation: 'FADP Art. 3' },
  answer: {
    period: { length: 30, unit: 'days' },
    citation: 'FADP Art. 25(7); DPO Art. 18(1)',
    counting: { citation: 'DPO Art. 18(1) ("within 30 days of receipt of the request")' },
    rollsToWorkingDay: false,
    note: 'Code of Obligations Art. 78 would move a Sunday or holiday to the next working day; not applied (the earlier date is kept).',
  },
  extension: {
    applies: true,
    period: { length: 30, unit: 'days' },
    times: 1,
    tellSubject: {
      within: 'answer_period',
      with: ['the time by which the information will be provided'],
    },
    citation: 'DPO Art. 18(2)',
    reading: true,
    note: 'The ordinance lets the controller name the time; 30 more days is our reading.',
  },
  receiptConfirmation: { applies: false, citation: 'DPO Art. 16-18 (no duty to confirm receipt)' },
  pauses: { reasons: [], citation: 'DPO Art. 18' },
  appeal: { applies: false, citation: 'FADP Art. 32, 49 (civil claims; FDPIC investigations)' },
  rights: {
    granted: ['access', 'portability', 'rectification', 'erasure', 'objection'],
    citation: 'FADP Art. 25, 28, 32(1), 32(2)',
  },
  verification: {
    required: ['access', 'portability', 'rectification', 'erasure', 'objection'],
    citation: 'DPO Art. 16(5) (identify the data subject)',
  },
  authority: {
    name: 'Federal Data Protection and Information Commissioner (FDPIC)',
    url: 'https://www.edoeb.admin.ch',
    citation: 'FADP Art. 43, 49',
  },
};
