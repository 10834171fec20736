import type { PolicyPack } from '../policy-pack.types.js';
import { readingDays } from './pack-parts.js';

export const appi: PolicyPack = {
  code: 'appi',
  name: 'APPI (Japan)',
  law: 'Act on the Protection of Personal Information (Act No. 57 of 2003, as amended 2020)',
  version: '2026.1',
  effective: '2022-04-01',
  covers: { countries: ['JP'], citation: 'APPI Art. 171 (extraterritorial scope); Art. 2' },
  answer: readingDays(14, 'APPI Art. 33(2), 34(2), 35(3) ("without delay")', {
    citation: 'APPI Art. 33(2)',
    note: 'The act gives no number; 14 calendar days is our reading of "without delay".',
  }),
  extension: { applies: false, citation: 'APPI Art. 33 (no extension)' },
  receiptConfirmation: { applies: false, citation: 'APPI Art. 37 (no duty to confirm receipt)' },
  pauses: { reasons: [], citation: 'APPI Art. 37(2)', reading: true },
  appeal: {
    applies: false,
    citation: 'APPI Art. 39 (prior demand before a lawsuit); PPC consultation line',
  },
  rights: {
    granted: ['access', 'rectification', 'erasure', 'objection'],
    citation: 'APPI Art. 33, 34, 35',
    note: 'Rectification includes addition and deletion of wrong data (Art. 34); erasure and objection are the cease-use or deletion rights of Art. 35.',
  },
  verification: {
    required: ['access', 'rectification', 'erasure', 'objection'],
    citation: 'APPI Art. 37(1); Cabinet Order Art. 12',
  },
  authority: {
    name: 'Personal Information Protection Commission (PPC)',
    url: 'https://www.ppc.go.jp/en/',
    citation: 'APPI Art. 130',
  },
};
