import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usTx = usStatePack({
  code: 'us-tx',
  name: 'Texas DPSA',
  law: 'Texas Data Privacy and Security Act (Tex. Bus. & Com. Code ch. 541)',
  effective: '2024-07-01',
  region: 'US-TX',
  rightsSection: 'Tex. Bus. & Com. Code § 541.051',
  responseSection: 'Tex. Bus. & Com. Code § 541.052',
  granted: USUAL_RIGHTS,
  appeal: { section: 'Tex. Bus. & Com. Code § 541.053', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Texas Attorney General',
    url: 'https://www.texasattorneygeneral.gov/consumer-protection/file-consumer-complaint',
    section: 'Tex. Bus. & Com. Code § 541.053(c), 541.151',
  },
});
