import { chooseRunMode, type RunModeFacts } from './run-mode.js';

const nothingConfigured: RunModeFacts = {
  embeddedForced: false,
  databaseUrlSet: false,
  redisUrlSet: false,
  localDatabaseAnswers: false,
  localRedisAnswers: false,
};

describe('chooseRunMode', () => {
  it('runs embedded when nothing is configured and no local server answers', () => {
    expect(chooseRunMode(nothingConfigured)).toEqual({
      kind: 'embedded',
      reason: expect.stringContaining('PostgreSQL on 127.0.0.1:5432, Redis on 127.0.0.1:6379'),
    });
  });

  it('runs embedded when only one of the local servers answers', () => {
    const mode = chooseRunMode({ ...nothingConfigured, localDatabaseAnswers: true });
    expect(mode.kind).toBe('embedded');
    expect(mode.reason).toContain('Redis on 127.0.0.1:6379');
    expect(mode.reason).not.toContain('PostgreSQL');
  });

  it('uses the local servers when both answer', () => {
    const facts = { ...nothingConfigured, localDatabaseAnswers: true, localRedisAnswers: true };
    expect(chooseRunMode(facts).kind).toBe('servers');
  });

  it('obeys settings that name a server, even when nothing answers', () => {
    expect(chooseRunMode({ ...nothingConfigured, databaseUrlSet: true }).kind).toBe('servers');
    expect(chooseRunMode({ ...nothingConfigured, redisUrlSet: true }).kind).toBe('servers');
  });

  it('is forced by EMBEDDED=true whatever answers or is set', () => {
    const everything = {
      embeddedForced: true,
      databaseUrlSet: true,
      redisUrlSet: true,
      localDatabaseAnswers: true,
      localRedisAnswers: true,
    };
    expect(chooseRunMode(everything)).toEqual({ kind: 'embedded', reason: 'EMBEDDED=true' });
  });
});
