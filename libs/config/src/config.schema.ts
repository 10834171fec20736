import { z } from 'zod';
import { OutboundAddressPolicy } from '@dsar/outbound';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const url = (protocols: readonly string[]) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol.replace(':', ''));
        } catch {
          return false;
        }
      },
      `must be a URL (${protocols.join(', ')})`,
    );

/** `https://admin.example.com` or `http://localhost:5173`: exactly what a browser sends as Origin. */
function isOrigin(value: string): boolean {
  try {
    const parsed = new URL(value);
    return ['http:', 'https:'].includes(parsed.protocol) && parsed.origin === value;
  } catch {
    return false;
  }
}

const ianaZone = z
  .string()
  .trim()
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Berlin');

/** The environment as it arrives: every infrastructure setting of DESIGN.md, strings in. */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: url(['http', 'https']).optional(),
  SMTP_URL: url(['smtp', 'smtps']).optional(),
  MAIL_FROM: z.string().trim().min(3).default('DSAR desk <privacy@localhost>'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SEED_DEMO: booleanFromEnv.optional(),
  OUTBOUND_ALLOWLIST: z
    .string()
    .default('')
    .superRefine((raw, context) => {
      const problems = OutboundAddressPolicy.problems(raw.split(','));
      if (problems.length > 0) context.addIssue({ code: 'custom', message: problems.join('; ') });
    }),
  INTAKE_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(10),
  // Required in production (loadConfig): a wrong zone moves every due date by hours.
  CONTROLLER_TIMEZONE: ianaZone.optional(),
  // Whose public holidays count in business days and the working-day roll (ISO 3166-1 / 3166-2).
  CONTROLLER_COUNTRY: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as DE')
    .optional(),
  CONTROLLER_REGION: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2}-)?[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 subdivision such as US-CA')
    .optional(),
  EMBEDDED: booleanFromEnv.default(false),
  // Which queue the embedded mode runs: a local redis-server binary (auto prefers it) or BullMQ's
  // PostgreSQL backend on an embedded database, which needs nothing but Node.
  EMBEDDED_QUEUE: z.enum(['auto', 'redis', 'postgres']).default('auto'),
  // Set: BullMQ runs on its PostgreSQL backend in this database instead of on Redis.
  QUEUE_DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  // The fan-out reconciler runs this often and treats work untouched this long as stuck.
  STUCK_WORK_AFTER_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  // Store tasks one worker process runs at once; more processes scale out on the same queue.
  STORE_TASK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  // Origins (scheme://host[:port]) whose pages may call the API from a browser; empty: same-origin only.
  CORS_ORIGINS: z
    .string()
    .default('')
    .superRefine((raw, context) => {
      const bad = raw
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry && !isOrigin(entry));
      if (bad.length > 0) {
        context.addIssue({
          code: 'custom',
          message: `not an origin (scheme://host[:port], nothing after): ${bad.join(', ')}`,
        });
      }
    }),
  // Swagger UI at /api/docs: on by default outside production, off in production unless true.
  API_DOCS: booleanFromEnv.optional(),
  // BullMQ's key prefix: two deployments on one Redis database never take each other's jobs.
  QUEUE_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1-64 letters, digits, "_", "." or "-" (no colon)')
    .optional(),
  // How long a request path waits for Redis before leaving the job to the outbox relay.
  QUEUE_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(50).max(60000).default(1000),
  // The company site's cookie that carries the browser id: the privacy center's GPC notice sends
  // it with the signal. A cookie name is an RFC 6265 token; a wrong one would never match.
  GPC_BROWSER_ID_COOKIE: z
    .string()
    .trim()
    .regex(
      /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/,
      'must be a cookie name (1-128 letters, digits or !#$%&\'*+-.^_`|~; no spaces, "=", ";" or ",")',
    )
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Environment = z.output<typeof environmentSchema>;
