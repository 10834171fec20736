import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usKy = usStatePack({
  code: 'us-ky',
  name: 'Kentucky CDPA',
  law: 'Kentucky Consumer Data Protection Act (KRS 367.3611 to 367.3629)',
  effective: '2026-01-01',
  region: 'US-KY',
  rightsSection: 'KRS 367.3615',
  responseSection: 'KRS 367.3615',
  granted: USUAL_RIGHTS,
  appeal: { section: 'KRS 367.3615', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Kentucky Attorney General, Office of Consumer Protection',
    url: 'https://www.ag.ky.gov/Resources/Consumer-Resources/Consumers/Pages/Consumer-Complaints.aspx',
    section: 'KRS 367.3615, 367.3629',
  },
});
