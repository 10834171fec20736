import type { PolicyPack } from '../policy-pack.types.js';
import { gdprFamilyRights } from './pack-parts.js';

/** The EU's 27 Member States and the three EEA EFTA states that apply the GDPR. */
export const EU_EEA_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
] as const;

export const gdpr: PolicyPack = {
  code: 'gdpr',
  name: 'GDPR',
  law: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
  version: '2026.1',
  effective: '2018-05-25',
  covers: {
    countries: EU_EEA_COUNTRIES,
    citation: 'GDPR Art. 3; EEA Joint Committee Decision 154/2018 (Annex XI)',
  },
  answer: {
    period: { length: 1, unit: 'months' },
    citation: 'GDPR Art. 12(3)',
    counting: {
      citation: 'Reg. (EEC, Euratom) 1182/71 Art. 3(1), 3(2)(c)',
      note: 'The day of receipt is not counted; the period ends on the same date of the next month, or on its last day when it has no such date.',
    },
    rollsToWorkingDay: {
      citation: 'Reg. (EEC, Euratom) 1182/71 Art. 3(4)',
      note: "A last day on a Saturday, Sunday or public holiday (of the controller's Member State, Art. 2(1)) moves to the next working day.",
    },
  },
  extension: {
    applies: true,
    period: { length: 2, unit: 'months' },
    times: 1,
    tellSubject: { within: 'answer_period', with: ['the extension', 'the reasons for the delay'] },
    citation: 'GDPR Art. 12(3), second and third sentences',
    note: 'Counted from receipt: one month plus two further months.',
  },
  receiptConfirmation: { applies: false, citation: 'GDPR Art. 12 (no duty to confirm receipt)' },
  pauses: {
    reasons: [],
    citation: 'GDPR Art. 12(3); EDPB Guidelines 01/2022 on the right of access, paras. 157-160',
    reading: true,
    note: 'The period runs from receipt; asking for identity (Art. 12(6)) or for clarification does not stop it.',
  },
  appeal: {
    applies: false,
    citation: 'GDPR Art. 12(4), 77, 79',
    note: 'No internal appeal: a refusal names the right to complain to a supervisory authority and to a judicial remedy.',
  },
  ...gdprFamilyRights('GDPR', {
    citation: 'GDPR Art. 12(6), 11(2)',
    note: 'The text asks for identity where there is reasonable doubt; every request here is verified.',
  }),
  authority: {
    name: "The controller's lead supervisory authority (EDPB members)",
    url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
    citation: 'GDPR Art. 51, 56, 77',
  },
};
