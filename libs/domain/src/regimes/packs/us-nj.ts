import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usNj = usStatePack({
  code: 'us-nj',
  name: 'New Jersey DPA',
  law: 'New Jersey Data Privacy Act (N.J.S.A. 56:8-166.4 et seq.)',
  effective: '2025-01-15',
  region: 'US-NJ',
  rightsSection: 'N.J.S.A. 56:8-166.10',
  responseSection: 'N.J.S.A. 56:8-166.7(a)',
  granted: USUAL_RIGHTS,
  appeal: {
    section: 'N.J.S.A. 56:8-166.7(c), 56:8-166.12',
    decideDays: 45,
    extensionDays: null,
    reading: true,
    note: 'Decision period read as 45 days, the shortest of the state models.',
  },
  authority: {
    name: 'New Jersey Division of Consumer Affairs',
    url: 'https://www.njconsumeraffairs.gov/Pages/Consumer-Complaints.aspx',
    section: 'N.J.S.A. 56:8-166.17',
  },
});
