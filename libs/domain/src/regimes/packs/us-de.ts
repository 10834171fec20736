import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usDe = usStatePack({
  code: 'us-de',
  name: 'Delaware PDPA',
  law: 'Delaware Personal Data Privacy Act (Del. Code tit. 6, ch. 12D)',
  effective: '2025-01-01',
  region: 'US-DE',
  rightsSection: 'Del. Code tit. 6, § 12D-104',
  responseSection: 'Del. Code tit. 6, § 12D-104',
  granted: USUAL_RIGHTS,
  appeal: { section: 'Del. Code tit. 6, § 12D-104', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Delaware Department of Justice, Consumer Protection Unit',
    url: 'https://attorneygeneral.delaware.gov/fraud/cpu/complaint/',
    section: 'Del. Code tit. 6, § 12D-104, 12D-111',
  },
});
