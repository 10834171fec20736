import { holidayCalendarProblem } from '@dsar/domain';
import { environmentSchema } from './config.schema.js';

const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production!';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  databaseUrl: string;
  redisUrl: string;
  port: number;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  dataDir: string;
  appSecret: string;
  usingDevelopmentSecret: boolean;
  adminEmail: string | null;
  adminPassword: string | null;
  seedDemo: boolean;
  outboundAllowlist: string[];
  intakeRateLimit: number;
  controllerTimezone: string;
  /** Whose public holidays count (ISO 3166-1); null: Monday to Friday, no holidays. */
  controllerCountry: string | null;
  /** ISO 3166-2 subdivision for regional holidays; null: national ones only. */
  controllerRegion: string | null;
  embedded: boolean;
  embeddedQueue: 'auto' | 'redis' | 'postgres';
  /** Set: the queue is BullMQ's PostgreSQL backend in this database; unset: Redis at redisUrl. */
  queueDatabaseUrl: string | null;
  /** BullMQ's `prefix` for every queue, worker, flow producer and scheduler. */
  queuePrefix: string;
  /** The bound on one Redis command of a request path (enqueue, rate limit). */
  queueCommandTimeoutMs: number;
  logLevel: string;
  /** How often the fan-out reconciler runs, and how long work sits untouched before it is stuck. */
  stuckWorkAfterMs: number;
  /** Store tasks one worker process runs at once (BullMQ concurrency of the store-task queue). */
  storeTaskConcurrency: number;
  /** Browser origins allowed to call the API (CORS); empty: same-origin only. */
  corsOrigins: string[];
  /** Swagger UI and the OpenAPI document at /api/docs. */
  apiDocs: boolean;
  /** The company site's cookie carrying the browser id (GPC notice); null: none is read. */
  gpcBrowserIdCookie: string | null;
  /** Tests only (never from the environment): where the logs go instead of stdout. */
  logDestination?: { write(line: string): unknown };
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: { key: string; message: string }[]) {
    super(
      `Invalid settings (${problems.length}):\n` +
        problems.map((problem) => `  - ${problem.key}: ${problem.message}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

/**
 * The only reader of the environment. Every bad key is reported at once so an operator fixes
 * them in one go rather than one boot at a time.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  const problems: { key: string; message: string }[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        key: issue.path.join('.'),
        message: issue.message,
      }));
  const values = parsed.success ? parsed.data : undefined;
  if (values?.NODE_ENV === 'production' && !values.APP_SECRET) {
    problems.push({ key: 'APP_SECRET', message: 'is required in production' });
  }
  if (values?.NODE_ENV === 'production' && !values.CONTROLLER_TIMEZONE) {
    problems.push({ key: 'CONTROLLER_TIMEZONE', message: 'is required in production' });
  }
  problems.push(
    ...controllerCalendarProblems(values?.CONTROLLER_COUNTRY, values?.CONTROLLER_REGION),
  );
  if (values && Boolean(values.ADMIN_EMAIL) !== Boolean(values.ADMIN_PASSWORD)) {
    problems.push({
      key: values.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL',
      message: 'ADMIN_EMAIL and ADMIN_PASSWORD are set together',
    });
  }
  if (!values || problems.length > 0) throw new ConfigValidationError(problems);

  const seedDemo = values.SEED_DEMO ?? values.NODE_ENV === 'development';
  const databaseUrl = values.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/dsar';
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, '');
  return {
    nodeEnv: values.NODE_ENV,
    databaseUrl,
    redisUrl: values.REDIS_URL,
    port: values.PORT,
    publicUrl,
    smtpUrl: values.SMTP_URL ?? null,
    mailFrom: values.MAIL_FROM,
    dataDir: values.DATA_DIR,
    appSecret: values.APP_SECRET ?? DEVELOPMENT_SECRET,
    usingDevelopmentSecret: !values.APP_SECRET,
    adminEmail: values.ADMIN_EMAIL?.toLowerCase() ?? null,
    adminPassword: values.ADMIN_PASSWORD ?? null,
    seedDemo,
    outboundAllowlist: outboundAllowlist(values.OUTBOUND_ALLOWLIST, seedDemo, values.DATABASE_URL),
    intakeRateLimit: values.INTAKE_RATE_LIMIT,
    controllerTimezone: values.CONTROLLER_TIMEZONE ?? 'UTC',
    controllerCountry: values.CONTROLLER_COUNTRY ?? null,
    controllerRegion: values.CONTROLLER_REGION ?? null,
    embedded: values.EMBEDDED,
    embeddedQueue: values.EMBEDDED_QUEUE,
    queueDatabaseUrl: values.QUEUE_DATABASE_URL ?? null,
    queuePrefix: values.QUEUE_PREFIX ?? queuePrefixOf(databaseUrl),
    queueCommandTimeoutMs: values.QUEUE_COMMAND_TIMEOUT_MS,
    logLevel: values.LOG_LEVEL,
    stuckWorkAfterMs: values.STUCK_WORK_AFTER_MS,
    storeTaskConcurrency: values.STORE_TASK_CONCURRENCY,
    corsOrigins: values.CORS_ORIGINS.split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    apiDocs: values.API_DOCS ?? values.NODE_ENV !== 'production',
    gpcBrowserIdCookie: values.GPC_BROWSER_ID_COOKIE ?? null,
  };
}

/** The holiday calendar must exist: a country or region we cannot count would be ignored silently. */
function controllerCalendarProblems(
  country: string | undefined,
  region: string | undefined,
): { key: string; message: string }[] {
  if (!country) {
    return region ? [{ key: 'CONTROLLER_REGION', message: 'needs CONTROLLER_COUNTRY' }] : [];
  }
  if (region && region.includes('-') && !region.startsWith(`${country}-`)) {
    return [{ key: 'CONTROLLER_REGION', message: `must be a subdivision of ${country}` }];
  }
  const problem = holidayCalendarProblem(country, region);
  if (!problem) return [];
  return [
    {
      key: problem.key === 'country' ? 'CONTROLLER_COUNTRY' : 'CONTROLLER_REGION',
      message: problem.message,
    },
  ];
}

/**
 * The default QUEUE_PREFIX: the database's name, so a staging and a production deployment on one
 * Redis database (each with its own PostgreSQL database) keep their queues apart.
 */
export function queuePrefixOf(databaseUrl: string): string {
  const name = new URL(databaseUrl).pathname.slice(1) || 'postgres';
  return name.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 64);
}

/** The demo's own receivers (fake Google, example webhook receiver) listen on loopback. */
const DEMO_LOOPBACK = '127.0.0.1';

function outboundAllowlist(raw: string, seedDemo: boolean, databaseUrl?: string): string[] {
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!seedDemo) return entries;
  // The demo's company databases live on the product's own server (`postgres` in compose).
  const demoHosts = [DEMO_LOOPBACK, databaseUrl ? new URL(databaseUrl).hostname : ''];
  return [...new Set([...entries, ...demoHosts.filter(Boolean)])];
}

/** Every environment key the schema knows (the compose-file test checks against this). */
export const KNOWN_SETTING_KEYS: readonly string[] = Object.keys(environmentSchema.shape);

/** For command-line entry points: the settings, or every bad key on stderr and exit 78 (EX_CONFIG). */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    console.error(error.message);
    process.exit(78);
  }
}
