import { createRequire } from 'node:module';
import pino from 'pino';
import type { AppConfig } from './app-config.js';
import { safeError } from './safe-error.js';

type LogDestination = NonNullable<AppConfig['logDestination']>;

/**
 * The pino settings of every process (api and worker), in one place: in the embedded mode both
 * run in one process and share one logger, so what is redacted must not depend on which started
 * first. Secrets ride in headers (staff sessions, callback tokens) and link tokens in query
 * strings, so neither is ever logged. Errors pass through `safeError`: a failed query's values
 * (subjects' e-mails, password hashes) never reach the log.
 */
export function loggerParams(config: Pick<AppConfig, 'logLevel' | 'nodeEnv' | 'logDestination'>) {
  const terminal = config.logDestination ? null : terminalDestination(config);
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
      // A person at a terminal reads the status; the response headers are the same every time.
      ...(terminal
        ? { res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) }
        : {}),
      err: safeError,
      error: safeError,
    },
    // Nest's boot chatter (a line per module and per route) buries what a newcomer must read.
    ...(terminal ? { hooks: { logMethod: quietBoot } } : {}),
  };
  const destination = config.logDestination ?? terminal ?? jsonStdout();
  return {
    pinoHttp: destination ? ([options, destination] as [typeof options, LogDestination]) : options,
  };
}

let stdoutStream: LogDestination | null = null;

/**
 * JSON lines to stdout, written without blocking: lines logged while a write is in flight go out
 * together in the next one (under load, one write for many requests, not a system call each).
 * pino flushes what is left when the process exits; one stream per process (api and worker
 * share it in the embedded mode).
 */
function jsonStdout(): LogDestination {
  return (stdoutStream ??= pino.destination({ dest: 1, sync: false }));
}

/** Nest's per-module and per-route boot lines, left out at a terminal. */
const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

function quietBoot(this: unknown, args: unknown[], method: (...args: unknown[]) => void): void {
  const first = args[0] as { context?: unknown } | null;
  if (typeof first === 'object' && first !== null && BOOT_CONTEXTS.has(String(first.context)))
    return;
  method.apply(this, args);
}

const PRETTY = {
  singleLine: true,
  ignore: 'pid,hostname',
  translateTime: 'SYS:HH:MM:ss',
  colorize: true,
};

/**
 * One readable line per event for a person at a terminal in development (JSON everywhere else),
 * written synchronously in this process: a worker-thread transport prints after whatever the
 * process writes next, so the demo's banner would land above the boot logs instead of below.
 */
function terminalDestination(config: Pick<AppConfig, 'nodeEnv'>): LogDestination | null {
  if (config.nodeEnv !== 'development' || !process.stdout.isTTY) return null;
  let prettyFactory: (options: typeof PRETTY) => (line: string) => string;
  try {
    // A development dependency: absent from a production install, which keeps JSON.
    ({ prettyFactory } = createRequire(import.meta.url)('pino-pretty') as {
      prettyFactory: typeof prettyFactory;
    });
  } catch {
    return null;
  }
  const pretty = prettyFactory(PRETTY);
  return { write: (line: string) => process.stdout.write(pretty(line)) };
}
