import type { PolicyPack } from '../policy-pack.types.js';
import { gdprFamilyRights } from './pack-parts.js';

export const ukGdpr: PolicyPack = {
  code: 'uk-gdpr',
  name: 'UK GDPR',
  law: 'UK GDPR and Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025',
  version: '2026.1',
  effective: '2026-02-05',
  covers: { countries: ['GB'], citation: 'UK GDPR Art. 3; DPA 2018 s. 207' },
  answer: {
    period: { length: 1, unit: 'months' },
    citation:
      'UK GDPR Art. 12(3), 12A (inserted by DUAA 2025 s. 76; in force 5 Feb 2026, SI 2026/82)',
    counting: {
      citation: 'ICO, Right of access guidance, "How long do we have to comply?"',
      note: 'From the day of receipt to the corresponding date of the next month; the last day of the month when there is none.',
    },
    rollsToWorkingDay: {
      citation: 'ICO, Right of access guidance, "How long do we have to comply?"',
      note: 'Where the corresponding date is a weekend or bank holiday, the next working day.',
    },
  },
  extension: {
    applies: true,
    period: { length: 2, unit: 'months' },
    times: 1,
    tellSubject: { within: 'answer_period', with: ['the extension', 'the reasons for the delay'] },
    citation: 'UK GDPR Art. 12A (applicable time period extended by two further months)',
  },
  receiptConfirmation: { applies: false, citation: 'UK GDPR Art. 12 (no duty to confirm receipt)' },
  pauses: {
    reasons: ['identity', 'clarification', 'fee'],
    citation:
      'UK GDPR Art. 12A (the "relevant time" is the latest of receipt, identity information and fee; clarification stops the clock)',
    note: 'Mirrors DPA 2018 s. 54(3), (3C) for law-enforcement processing.',
  },
  appeal: {
    applies: false,
    citation:
      'UK GDPR Art. 12(4), 77; DPA 2018 s. 164A (complaints to the controller from 19 June 2026)',
    note: 'No appeal of a decision: a refusal names the right to complain to the ICO and to the courts.',
  },
  ...gdprFamilyRights('UK GDPR', {
    citation: 'UK GDPR Art. 12(6)',
    note: 'Identity is asked for where there is reasonable doubt; every request here is verified.',
  }),
  authority: {
    name: "Information Commissioner's Office",
    url: 'https://ico.org.uk/make-a-complaint/',
    citation: 'DPA 2018 s. 114-116; UK GDPR Art. 77',
  },
};
