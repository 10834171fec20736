import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usOr = usStatePack({
  code: 'us-or',
  name: 'Oregon CPA',
  law: 'Oregon Consumer Privacy Act (ORS 646A.570 to 646A.589)',
  effective: '2024-07-01',
  region: 'US-OR',
  rightsSection: 'ORS 646A.574(1)',
  responseSection: 'ORS 646A.576(5)',
  granted: USUAL_RIGHTS,
  appeal: {
    section: 'ORS 646A.576(6)(d)',
    decideDays: 45,
    extensionDays: null,
    note: 'ORS 646A.576(6)(d) says 45 days and gives no extension of the appeal period.',
  },
  authority: {
    name: 'Oregon Department of Justice',
    url: 'https://justice.oregon.gov/consumercomplaints/',
    section: 'ORS 646A.576(6)(d), 646A.589',
  },
});
