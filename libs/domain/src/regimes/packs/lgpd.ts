import type { PolicyPack } from '../policy-pack.types.js';

export const lgpd: PolicyPack = {
  code: 'lgpd',
  name: 'LGPD',
  law: 'Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018)',
  version: '2026.1',
  effective: '2020-09-18',
  covers: { countries: ['BR'], citation: 'LGPD Art. 3' },
  answer: {
    period: { length: 15, unit: 'days' },
    citation: 'LGPD Art. 19, II',
    reading: true,
    counting: {
      citation:
        'LGPD Art. 19, II ("no prazo de até 15 (quinze) dias, contado da data do requerimento")',
      note: 'Art. 19 II sets 15 days for the complete declaration of access; Art. 18 § 5 leaves the other rights to ANPD regulation, so 15 days is applied to every right.',
    },
    rollsToWorkingDay: false,
  },
  extension: { applies: false, citation: 'LGPD Art. 19 (no extension)' },
  receiptConfirmation: {
    applies: false,
    citation: 'LGPD Art. 18 § 4 (an immediate reply is due only where the controller cannot act)',
  },
  pauses: { reasons: [], citation: 'LGPD Art. 19', reading: true },
  appeal: {
    applies: false,
    citation: 'LGPD Art. 18 § 1 (petition to the ANPD)',
    note: 'No internal appeal; the subject petitions the ANPD.',
  },
  rights: {
    granted: ['access', 'rectification', 'erasure', 'portability', 'restriction', 'objection'],
    citation: 'LGPD Art. 18, I-VI, IX; Art. 18 § 2 (objection)',
    note: 'Restriction stands for "bloqueio" (Art. 18, IV).',
  },
  verification: {
    required: ['access', 'rectification', 'erasure', 'portability', 'restriction', 'objection'],
    citation: 'LGPD Art. 18 § 3 ("requerimento expresso do titular")',
    reading: true,
  },
  authority: {
    name: 'Autoridade Nacional de Proteção de Dados (ANPD)',
    url: 'https://www.gov.br/anpd/pt-br',
    citation: 'LGPD Art. 55-A, 55-J',
  },
};
