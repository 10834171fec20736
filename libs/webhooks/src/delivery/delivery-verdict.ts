import { webhookAnswerSchema, type WebhookAnswer } from './webhook-answer.js';

/** What one attempt's outcome means for the message. */
export type DeliveryVerdict =
  | { kind: 'answered'; answer: WebhookAnswer }
  | { kind: 'accepted' }
  | { kind: 'retry'; error: string; retryAfterSeconds?: number }
  | { kind: 'permanent'; error: string }
  | { kind: 'gone'; error: string };

export interface AttemptResponse {
  status: number;
  body: string;
  retryAfter?: string;
  location?: string;
}

export type AttemptFailureKind = 'refused' | 'timeout' | 'too_large' | 'network';

/** `Retry-After` as seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(
  value: string | undefined,
  now: Date = new Date(),
): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/** An attempt that got no answer: a refused target cannot get better by waiting. */
export function verdictForFailure(kind: AttemptFailureKind, message: string): DeliveryVerdict {
  return kind === 'refused'
    ? { kind: 'permanent', error: message }
    : { kind: 'retry', error: message };
}

/**
 * Reads an answer: 200 with a result, 202 accepted, 410 gone, 429/503 with Retry-After,
 * redirects refused (never followed), other 4xx permanent, 5xx retried.
 */
export function verdictForResponse(
  response: AttemptResponse,
  expectsResult: boolean,
): DeliveryVerdict {
  const { status } = response;
  if (status === 202) return { kind: 'accepted' };
  if (status === 410) return { kind: 'gone', error: 'the receiver answered 410 Gone' };
  if (status === 429 || status === 503) {
    return {
      kind: 'retry',
      error: `the receiver answered ${status}`,
      retryAfterSeconds: parseRetryAfter(response.retryAfter),
    };
  }
  if (status >= 300 && status < 400) {
    const where = response.location ? ` to ${response.location}` : '';
    return {
      kind: 'permanent',
      error: `the receiver redirected (${status}${where}); redirects are never followed`,
    };
  }
  if (status === 408) return { kind: 'retry', error: 'the receiver answered 408' };
  if (status >= 400 && status < 500)
    return { kind: 'permanent', error: `the receiver refused the message (${status})` };
  if (status >= 500 || status < 200)
    return { kind: 'retry', error: `the receiver answered ${status}` };
  if (!expectsResult) return { kind: 'answered', answer: { status: 'completed' } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    return { kind: 'retry', error: `the ${status} answer is not JSON` };
  }
  const answer = webhookAnswerSchema.safeParse(parsed);
  if (!answer.success) {
    const first = answer.error.issues[0];
    return {
      kind: 'retry',
      error: `the ${status} answer does not fit the contract (${first?.path.join('.') || 'body'}: ${first?.message})`,
    };
  }
  if (answer.data.status === 'failed') {
    const error = answer.data.message ?? 'the receiver reported a failure';
    return answer.data.retryable === false
      ? { kind: 'permanent', error }
      : { kind: 'retry', error };
  }
  return { kind: 'answered', answer: answer.data };
}

/**
 * The delay before the next attempt: the schedule's entry for this retry with ±20 % jitter (so a
 * fleet of failed messages does not come back at once), never sooner than Retry-After.
 * Null when the schedule is used up.
 */
export function nextRetryDelaySeconds(
  schedule: readonly number[],
  attemptsMade: number,
  retryAfterSeconds?: number,
  random: () => number = Math.random,
): number | null {
  const base = schedule[attemptsMade - 1];
  if (base === undefined) return null;
  const jittered = Math.max(1, Math.round(base * (0.8 + 0.4 * random())));
  return Math.max(jittered, retryAfterSeconds ?? 0);
}
