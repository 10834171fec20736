import { describe, expect, it } from '@jest/globals';
import { POLICY_PACKS, REQUEST_TYPES } from '@dsar/domain';
import { settingsSchema } from './settings.schema.js';

const rule = (jurisdiction: string, type = 'access') => ({
  autoApproval: [{ type, jurisdiction }],
});

describe('the settings schema reads its lists from the domain', () => {
  it('takes an auto-approval rule for every regime pack and every request type', () => {
    for (const code of Object.keys(POLICY_PACKS)) {
      for (const type of REQUEST_TYPES) {
        expect(settingsSchema.safeParse(rule(code, type)).success).toBe(true);
      }
    }
  });

  it('refuses a regime or a type no pack or table knows', () => {
    expect(settingsSchema.safeParse(rule('xx-unknown')).success).toBe(false);
    expect(settingsSchema.safeParse(rule('gdpr', 'teleport')).success).toBe(false);
  });
});

describe('processorLeadDays', () => {
  it('defaults to 7 days and takes whole days from 0 to 60', () => {
    expect(settingsSchema.parse({}).processorLeadDays).toBe(7);
    expect(settingsSchema.parse({ processorLeadDays: 0 }).processorLeadDays).toBe(0);
    for (const bad of [-1, 1.5, 61, '7'])
      expect(settingsSchema.safeParse({ processorLeadDays: bad }).success).toBe(false);
  });
});
