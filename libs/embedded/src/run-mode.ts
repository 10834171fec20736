/** What decides between the configured servers and the embedded single-process mode. */
export interface RunModeFacts {
  embeddedForced: boolean;
  databaseUrlSet: boolean;
  redisUrlSet: boolean;
  localDatabaseAnswers: boolean;
  localRedisAnswers: boolean;
}

export interface RunMode {
  kind: 'servers' | 'embedded';
  reason: string;
}

/**
 * EMBEDDED=true forces the embedded mode; settings that name a server are obeyed; with neither,
 * the local default servers are used when both answer, and the embedded mode otherwise.
 */
export function chooseRunMode(facts: RunModeFacts): RunMode {
  if (facts.embeddedForced) return { kind: 'embedded', reason: 'EMBEDDED=true' };
  if (facts.databaseUrlSet || facts.redisUrlSet) {
    return { kind: 'servers', reason: 'DATABASE_URL / REDIS_URL are set' };
  }
  const silent = [
    facts.localDatabaseAnswers ? null : 'PostgreSQL on 127.0.0.1:5432',
    facts.localRedisAnswers ? null : 'Redis on 127.0.0.1:6379',
  ].filter((name): name is string => name !== null);
  if (silent.length === 0) {
    return { kind: 'servers', reason: 'the local PostgreSQL and Redis answer' };
  }
  return {
    kind: 'embedded',
    reason: `DATABASE_URL / REDIS_URL are not set and no server answers (${silent.join(', ')})`,
  };
}
