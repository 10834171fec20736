import type { PolicyPack } from '../policy-pack.types.js';

export const pipeda: PolicyPack = {
  code: 'pipeda',
  name: 'PIPEDA',
  law: 'Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)',
  version: '2026.1',
  effective: '2004-01-01',
  covers: {
    countries: ['CA'],
    citation: 'PIPEDA s. 4(1)',
    note: 'Alberta, British Columbia and Québec have substantially similar private-sector laws for activity within the province; PIPEDA still covers interprovincial and international activity.',
  },
  answer: {
    period: { length: 30, unit: 'days' },
    citation: 'PIPEDA s. 8(3)',
    counting: {
      citation: 'Interpretation Act (R.S.C. 1985, c. I-21) s. 27(1)',
      note: 'The day of receipt is excluded.',
    },
    rollsToWorkingDay: {
      citation: 'Interpretation Act (R.S.C. 1985, c. I-21) s. 26',
      note: 'A time limit ending on a holiday ends on the next day that is not a holiday.',
      reading: true,
    },
  },
  extension: {
    applies: true,
    period: { length: 30, unit: 'days' },
    times: 1,
    tellSubject: {
      within: 'answer_period',
      with: [
        'the new time limit',
        'the reasons for extending it',
        'the right to complain to the Commissioner',
      ],
    },
    citation: 'PIPEDA s. 8(4)(a), 8(5)',
    note: 'Longer for conversion to an alternative format (s. 8(4)(b)); not modelled.',
  },
  receiptConfirmation: { applies: false, citation: 'PIPEDA s. 8 (no duty to confirm receipt)' },
  pauses: { reasons: [], citation: 'PIPEDA s. 8(3)' },
  appeal: {
    applies: false,
    citation: 'PIPEDA s. 11 (complaint to the Privacy Commissioner)',
  },
  rights: {
    granted: ['access', 'rectification'],
    citation: 'PIPEDA Sch. 1, Principle 4.9, 4.9.5',
    note: 'Withdrawal of consent (Principle 4.3.8) is not a request type of its own here.',
  },
  verification: {
    required: ['access', 'rectification'],
    citation:
      'PIPEDA Sch. 1, Principle 4.9 (note: information to account for the existence of the data)',
    reading: true,
  },
  authority: {
    name: 'Office of the Privacy Commissioner of Canada',
    url: 'https://www.priv.gc.ca/en/report-a-concern/',
    citation: 'PIPEDA s. 11-13',
  },
};
