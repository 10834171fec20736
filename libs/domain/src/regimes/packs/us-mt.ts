import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usMt = usStatePack({
  code: 'us-mt',
  name: 'Montana CDPA',
  law: 'Montana Consumer Data Privacy Act (Mont. Code Ann. § 30-14-2801 et seq.)',
  effective: '2024-10-01',
  region: 'US-MT',
  rightsSection: 'Mont. Code Ann. § 30-14-2808',
  responseSection: 'Mont. Code Ann. § 30-14-2808',
  granted: USUAL_RIGHTS,
  appeal: { section: 'Mont. Code Ann. § 30-14-2808', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Montana Department of Justice, Office of Consumer Protection',
    url: 'https://dojmt.gov/consumer/consumer-complaints/',
    section: 'Mont. Code Ann. § 30-14-2808, 30-14-2817',
  },
});
