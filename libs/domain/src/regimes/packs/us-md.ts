import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usMd = usStatePack({
  code: 'us-md',
  name: 'Maryland ODPA',
  law: 'Maryland Online Data Privacy Act (Md. Code, Com. Law § 14-4701 et seq.)',
  effective: '2025-10-01',
  region: 'US-MD',
  rightsSection: 'Md. Code, Com. Law § 14-4705',
  responseSection: 'Md. Code, Com. Law § 14-4705',
  granted: USUAL_RIGHTS,
  appeal: { section: 'Md. Code, Com. Law § 14-4705', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Maryland Attorney General, Consumer Protection Division',
    url: 'https://www.marylandattorneygeneral.gov/Pages/CPD/complaint.aspx',
    section: 'Md. Code, Com. Law § 14-4705, 14-4714',
  },
});
