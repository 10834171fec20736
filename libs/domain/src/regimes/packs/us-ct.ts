import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usCt = usStatePack({
  code: 'us-ct',
  name: 'Connecticut DPA',
  law: 'Connecticut Data Privacy Act (Conn. Gen. Stat. § 42-515 et seq.)',
  effective: '2023-07-01',
  region: 'US-CT',
  rightsSection: 'Conn. Gen. Stat. § 42-518(a)',
  responseSection: 'Conn. Gen. Stat. § 42-518(b)(1)',
  granted: USUAL_RIGHTS,
  appeal: { section: 'Conn. Gen. Stat. § 42-518(d)', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Connecticut Attorney General',
    url: 'https://www.dir.ct.gov/ag/complaint/',
    section: 'Conn. Gen. Stat. § 42-518(d), 42-525',
  },
});
