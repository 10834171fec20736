import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usIn = usStatePack({
  code: 'us-in',
  name: 'Indiana CDPA',
  law: 'Indiana Consumer Data Protection Act (Ind. Code 24-15)',
  effective: '2026-01-01',
  region: 'US-IN',
  rightsSection: 'Ind. Code § 24-15-3',
  responseSection: 'Ind. Code § 24-15-3',
  granted: USUAL_RIGHTS,
  appeal: { section: 'Ind. Code § 24-15-3', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Indiana Attorney General, Consumer Protection Division',
    url: 'https://www.in.gov/attorneygeneral/consumer-protection-division/file-a-complaint/',
    section: 'Ind. Code § 24-15-3, 24-15-10',
  },
});
