import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usVa = usStatePack({
  code: 'us-va',
  name: 'Virginia CDPA',
  law: 'Virginia Consumer Data Protection Act (Va. Code § 59.1-575 et seq.)',
  effective: '2023-01-01',
  region: 'US-VA',
  rightsSection: 'Va. Code § 59.1-577(A)',
  responseSection: 'Va. Code § 59.1-577(B)(1)',
  granted: USUAL_RIGHTS,
  appeal: { section: 'Va. Code § 59.1-577(C)', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Office of the Attorney General of Virginia',
    url: 'https://www.oag.state.va.us/consumer-protection/',
    section: 'Va. Code § 59.1-577(C), 59.1-584',
  },
});
