import { usStatePack } from './us-state.template.js';

export const usIa = usStatePack({
  code: 'us-ia',
  name: 'Iowa CDPA',
  law: 'Iowa Consumer Data Protection Act (Iowa Code ch. 715D)',
  effective: '2025-01-01',
  region: 'US-IA',
  rightsSection: 'Iowa Code § 715D.3(1)',
  responseSection: 'Iowa Code § 715D.3(2)',
  granted: ['access', 'erasure', 'portability', 'opt_out'],
  answerDays: 90,
  extensionDays: 45,
  appeal: { section: 'Iowa Code § 715D.3(3)', decideDays: 60, extensionDays: null, reading: true },
  authority: {
    name: 'Iowa Attorney General',
    url: 'https://www.iowaattorneygeneral.gov/for-consumers/file-a-consumer-complaint',
    section: 'Iowa Code § 715D.3(3), 715D.8',
  },
});
