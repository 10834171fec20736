import { describe, expect, it } from '@jest/globals';
import { staffCreateBody } from '../admin/requests/request-admin.schemas.js';
import { submitRequestBody } from './public-requests.schemas.js';

const problems = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const publicBody = { email: 'ada@example.com', jurisdiction: 'gdpr' };
const staffBody = {
  ...publicBody,
  channel: 'phone',
  verificationNote: 'Called back on file number',
};
const corrections = [{ field: 'user.contact.phone', value: '+380501112233' }];

describe('request bodies: corrections go with a rectification, and only with one', () => {
  it.each([
    ['the public form', submitRequestBody, publicBody],
    ['staff entry', staffCreateBody, staffBody],
  ] as const)('%s', (_, schema, base) => {
    expect(problems(schema.safeParse({ ...base, type: 'rectification' }))).toEqual([
      'corrections: is required for a rectification',
    ]);
    expect(problems(schema.safeParse({ ...base, type: 'erasure', corrections }))).toEqual([
      'corrections: is only accepted for a rectification',
    ]);
    expect(schema.safeParse({ ...base, type: 'rectification', corrections }).success).toBe(true);
  });
});
