import { type UsStateLaw, usStatePack } from './us-state.template.js';

const utah2023: UsStateLaw = {
  code: 'us-ut',
  name: 'Utah CPA',
  law: 'Utah Consumer Privacy Act (Utah Code § 13-61-101 et seq.)',
  effective: '2023-12-31',
  region: 'US-UT',
  rightsSection: 'Utah Code § 13-61-201',
  responseSection: 'Utah Code § 13-61-203(4)',
  granted: ['access', 'erasure', 'portability', 'opt_out'],
  appeal: null,
  authority: {
    name: 'Utah Division of Consumer Protection',
    url: 'https://consumerprotection.utah.gov/complaints/',
    section: 'Utah Code § 13-61-401, 13-61-402',
  },
};

/** As enacted: no right to correct (the only early state law without one). */
export const usUt2026v1 = usStatePack(utah2023);

/**
 * H.B. 418 (2025 General Session) adds the right to correct inaccuracies (§ 13-61-201(4)), answered
 * like the other rights: 45 days, one 45-day extension (§ 13-61-203(4)).
 */
export const usUt2026v2 = usStatePack({
  ...utah2023,
  version: '2026.2',
  effective: '2026-07-01',
  amendedBy: {
    citation: 'H.B. 418, Utah Legislature 2025 General Session (amending Utah Code § 13-61-201)',
    reading: true,
    note: 'The effective date, 1 July 2026, is taken from published commentaries on the bill; the enrolled text was not read here.',
  },
  rightsCitation: 'Utah Code § 13-61-201 (as amended by H.B. 418 (2025): (4) correction)',
  granted: ['access', 'rectification', 'erasure', 'portability', 'opt_out'],
  rightsNote:
    'A consumer may ask a controller to correct inaccuracies, taking into account the nature of the data and the purposes of the processing (§ 13-61-201(4)).',
});

/** Oldest first: a request keeps the version in force on its receipt day. */
export const usUtVersions = [usUt2026v1, usUt2026v2] as const;
