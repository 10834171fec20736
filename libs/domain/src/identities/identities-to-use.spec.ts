import { identitiesToUse } from './identities-to-use.js';

describe('identitiesToUse', () => {
  const identities = { email: ['ada@example.com'], google_sub: ['g-1'], cookie_id: ['fl_1'] };

  it('keeps only the types the system is searched by, in the closed order', () => {
    expect(identitiesToUse(identities, ['google_sub', 'email'])).toEqual({
      email: ['ada@example.com'],
      google_sub: ['g-1'],
    });
  });

  it('gives nothing for a deleted system or a request without identities', () => {
    expect(identitiesToUse(identities, null)).toEqual({});
    expect(identitiesToUse(null, ['email'])).toEqual({});
  });
});
