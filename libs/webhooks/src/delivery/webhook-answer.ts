import { createHash } from 'node:crypto';
import { z } from 'zod';
import { emptyCounts, ruleOf, type ConnectorResult } from '@dsar/domain';

/** The receiver's answer (the body of a 200, or of a callback). */
export const webhookAnswerSchema = z
  .object({
    status: z.enum(['completed', 'not_found', 'failed']),
    data: z
      .record(z.string().min(1).max(200), z.array(z.record(z.string(), z.unknown())))
      .optional(),
    message: z.string().max(2000).optional(),
    retryable: z.boolean().optional(),
  })
  .strict();

export type WebhookAnswer = z.output<typeof webhookAnswerSchema>;

function rowCount(data: WebhookAnswer['data']): number {
  return Object.values(data ?? {}).reduce((sum, rows) => sum + rows.length, 0);
}

/** The answer in the one result shape every connector returns. */
export function answerToResult(answer: WebhookAnswer, action: string): ConnectorResult {
  const found = rowCount(answer.data);
  const counts = emptyCounts();
  counts.found = found;
  const { doneCount, returnsData } = ruleOf(action);
  if (answer.status === 'completed' && doneCount) counts[doneCount] = found;
  return {
    outcome: answer.status,
    counts,
    ...(answer.data && returnsData ? { data: answer.data } : {}),
    ...(answer.message ? { note: answer.message } : {}),
  };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** What makes two final answers "the same": status and data (a reworded message is the same). */
export function answerDigest(answer: WebhookAnswer): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical({ status: answer.status, data: answer.data ?? null })))
    .digest('hex');
}
