import { createRequire } from 'node:module';
import type { AppConfig } from './app-config.js';
import { safeError } from './safe-error.js';

/**
 * The pino settings of every process (api and worker), in one place: in the embedded mode both
 * run in one process and share one logger, so what is redacted must not depend on which started
 * first. Secrets ride in headers (staff sessions, callback tokens) and link tokens in query
 * strings, so neither is ever logged. Errors pass through `safeError`: a failed query's values
 * (subjects' e-mails, password hashes) never reach the log.
 */
export function loggerParams(config: Pick<AppConfig, 'logLevel' | 'nodeEnv' | 'logDestination'>) {
  const options = {
    level: config.logLevel,
    autoLogging: config.nodeEnv !== 'test',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      err: safeError,
      error: safeError,
    },
    ...(prettyOutput(config) ? { transport: { target: 'pino-pretty', options: PRETTY } } : {}),
  };
  return {
    pinoHttp: config.logDestination
      ? ([options, config.logDestination] as [
          typeof options,
          NonNullable<AppConfig['logDestination']>,
        ])
      : options,
  };
}

const PRETTY = { singleLine: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' };

/** One readable line per event for a person at a terminal in development; JSON everywhere else. */
function prettyOutput(config: Pick<AppConfig, 'nodeEnv'>): boolean {
  if (config.nodeEnv !== 'development' || !process.stdout.isTTY) return false;
  try {
    // A development dependency: absent from a production install, which keeps JSON.
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
