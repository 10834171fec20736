import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usRi = usStatePack({
  code: 'us-ri',
  name: 'Rhode Island DTPPA',
  law: 'Rhode Island Data Transparency and Privacy Protection Act (R.I. Gen. Laws § 6-48.1)',
  effective: '2026-01-01',
  region: 'US-RI',
  rightsSection: 'R.I. Gen. Laws § 6-48.1-5',
  responseSection: 'R.I. Gen. Laws § 6-48.1-5',
  granted: USUAL_RIGHTS,
  appeal: {
    section: 'R.I. Gen. Laws § 6-48.1-5',
    decideDays: 60,
    extensionDays: null,
    reading: true,
    note: 'Appeal figures read from the Virginia model the act follows.',
  },
  authority: {
    name: 'Rhode Island Attorney General, Consumer Protection Unit',
    url: 'https://riag.ri.gov/forms/consumer-complaint',
    section: 'R.I. Gen. Laws § 6-48.1-8',
  },
});
