import type { PolicyPack } from '../policy-pack.types.js';
import { readingDays } from './pack-parts.js';

export const appAu: PolicyPack = {
  code: 'app-au',
  name: 'Australian Privacy Principles',
  law: 'Privacy Act 1988 (Cth), Schedule 1 (Australian Privacy Principles)',
  version: '2026.1',
  effective: '2014-03-12',
  covers: { countries: ['AU'], citation: 'Privacy Act 1988 s. 5B, 6C' },
  answer: readingDays(30, 'APP 12.4(a)(ii), APP 13.5(a)(ii) ("within a reasonable period")', {
    citation: 'OAIC APP Guidelines, ch. 12, para. 12.67',
    note: 'The OAIC expects a reasonable period to be no more than 30 calendar days.',
  }),
  extension: {
    applies: false,
    citation: 'APP 12.4 (no extension)',
    reading: true,
  },
  receiptConfirmation: { applies: false, citation: 'APP 12 (no duty to confirm receipt)' },
  pauses: { reasons: [], citation: 'APP 12.4' },
  appeal: {
    applies: false,
    citation:
      'Privacy Act 1988 s. 36, 40(1A) (complaint to the OAIC after complaining to the entity)',
  },
  rights: { granted: ['access', 'rectification'], citation: 'APP 12, APP 13' },
  verification: {
    required: ['access', 'rectification'],
    citation: 'OAIC APP Guidelines, ch. 12, para. 12.20 (verify identity)',
  },
  authority: {
    name: 'Office of the Australian Information Commissioner',
    url: 'https://www.oaic.gov.au/privacy/privacy-complaints',
    citation: 'Privacy Act 1988 s. 36',
  },
};
