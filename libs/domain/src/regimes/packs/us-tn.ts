import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usTn = usStatePack({
  code: 'us-tn',
  name: 'Tennessee IPA',
  law: 'Tennessee Information Protection Act (Tenn. Code § 47-18-3201 et seq.)',
  effective: '2025-07-01',
  region: 'US-TN',
  rightsSection: 'Tenn. Code § 47-18-3203',
  responseSection: 'Tenn. Code § 47-18-3204',
  granted: USUAL_RIGHTS,
  appeal: { section: 'Tenn. Code § 47-18-3204', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Tennessee Attorney General, Division of Consumer Affairs',
    url: 'https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer/file-a-complaint.html',
    section: 'Tenn. Code § 47-18-3204, 47-18-3208',
  },
});
