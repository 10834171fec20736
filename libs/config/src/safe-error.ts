/**
 * Errors as they may be logged: their kind, a message with quoted values and e-mail addresses
 * cut out, the SQL text of a failed query (never its parameters) and the stack frames. A driver
 * error's `detail` ("Key (email)=(…) already exists") and TypeORM's `parameters` carry the very
 * values a subject or a staff member sent, so they are never copied.
 */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()]*)\)=\((?:[^()]*)\)/g;
const EMAIL = /[^\s@"'<>()[\]{},;:]+@[^\s@"'<>()[\]{},;:]+/g;

/** A message without the values it quotes: `invalid input syntax for type uuid: "…"`. */
export function scrubMessage(text: string): string {
  return text
    .replace(QUOTED, (match) => `${match[0] === '(' ? '(…)=(…)' : `${match[0]}…${match[0]}`}`)
    .replace(EMAIL, '<email>');
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
  code?: unknown;
  query?: unknown;
  driverError?: { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown };
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  cause?: unknown;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

export function safeError(error: unknown, depth = 0): unknown {
  if (typeof error === 'string') return scrubMessage(error);
  if (!error || typeof error !== 'object') return error;
  const e = error as ErrorLike;
  const driver = e.driverError && typeof e.driverError === 'object' ? e.driverError : e;
  const type = text(e.name) ?? error.constructor?.name ?? 'Error';
  const message = scrubMessage(text(e.message) ?? '');
  const frames = (text(e.stack) ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const safe: Record<string, unknown> = {
    type,
    message,
    stack: [`${type}: ${message}`, ...frames].join('\n'),
  };
  for (const [key, value] of [
    ['code', driver.code ?? e.code],
    ['constraint', driver.constraint],
    ['table', driver.table],
    ['column', driver.column],
  ] as const) {
    if (typeof value === 'string' || typeof value === 'number') safe[key] = value;
  }
  // The SQL text is the query's shape: values travel as $1…$n parameters, which are not logged.
  if (typeof e.query === 'string') safe.query = e.query;
  if (e.cause !== undefined && depth < 3) safe.cause = safeError(e.cause, depth + 1);
  return safe;
}
