import { usStatePack } from './us-state.template.js';

export const usUt = usStatePack({
  code: 'us-ut',
  name: 'Utah CPA',
  law: 'Utah Consumer Privacy Act (Utah Code § 13-61-101 et seq.)',
  effective: '2023-12-31',
  region: 'US-UT',
  rightsSection: 'Utah Code § 13-61-201',
  responseSection: 'Utah Code § 13-61-203(4)',
  granted: ['access', 'erasure', 'portability', 'opt_out'],
  appeal: null,
  authority: {
    name: 'Utah Division of Consumer Protection',
    url: 'https://consumerprotection.utah.gov/complaints/',
    section: 'Utah Code § 13-61-401, 13-61-402',
  },
});
