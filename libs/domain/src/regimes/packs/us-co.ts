import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usCo = usStatePack({
  code: 'us-co',
  name: 'Colorado Privacy Act',
  law: 'Colorado Privacy Act (C.R.S. § 6-1-1301 et seq.)',
  effective: '2023-07-01',
  region: 'US-CO',
  rightsSection: 'C.R.S. § 6-1-1306(1)',
  responseSection: 'C.R.S. § 6-1-1306(4)',
  granted: USUAL_RIGHTS,
  appeal: { section: 'C.R.S. § 6-1-1306(3)', decideDays: 45, extensionDays: 60 },
  authority: {
    name: 'Colorado Attorney General',
    url: 'https://coag.gov/file-complaint/',
    section: 'C.R.S. § 6-1-1306(3)(c), 6-1-1311',
  },
});
