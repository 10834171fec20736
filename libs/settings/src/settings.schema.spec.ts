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
