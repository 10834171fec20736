import { usStatePack, USUAL_RIGHTS } from './us-state.template.js';

export const usNh = usStatePack({
  code: 'us-nh',
  name: 'New Hampshire Privacy Act',
  law: 'New Hampshire Expectation of Privacy Act (RSA 507-H)',
  effective: '2025-01-01',
  region: 'US-NH',
  rightsSection: 'RSA 507-H:4',
  responseSection: 'RSA 507-H:4',
  granted: USUAL_RIGHTS,
  appeal: { section: 'RSA 507-H:4', decideDays: 60, extensionDays: null },
  authority: {
    name: 'New Hampshire Attorney General, Consumer Protection and Antitrust Bureau',
    url: 'https://www.doj.nh.gov/citizens/consumer-protection-antitrust-bureau',
    section: 'RSA 507-H:4; 507-H:11',
  },
});
