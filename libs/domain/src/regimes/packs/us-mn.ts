import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usMn = usStatePack({
  code: 'us-mn',
  name: 'Minnesota CDPA',
  law: 'Minnesota Consumer Data Privacy Act (Minn. Stat. § 325M.10 to 325M.21)',
  effective: '2025-07-31',
  region: 'US-MN',
  rightsSection: 'Minn. Stat. § 325M.14',
  responseSection: 'Minn. Stat. § 325M.14',
  granted: USUAL_RIGHTS,
  appeal: {
    section: 'Minn. Stat. § 325M.14, subd. 5',
    decideDays: 45,
    extensionDays: 60,
    reading: true,
    note: 'Read as the Colorado model: 45 days, extendable by 60.',
  },
  authority: {
    name: 'Minnesota Attorney General',
    url: 'https://www.ag.state.mn.us/Office/Complaint.asp',
    section: 'Minn. Stat. § 325M.14, subd. 5; 325M.20',
  },
});
