/** Queue names, job names and payloads, declared once. Payloads carry ids only. */
export const QUEUE = {
  mail: 'mail',
  maintenance: 'maintenance',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

export const JOB = {
  sendMail: 'send-mail',
  expireUnverified: 'expire-unverified',
  sweepOutbox: 'sweep-outbox',
} as const;

export interface SendMailPayload {
  mailId: string;
}

/** BullMQ job ids may not contain a colon; ours are `<job>-<id>`. */
export function jobId(job: string, ...ids: string[]): string {
  const id = [job, ...ids].join('-');
  if (id.includes(':')) throw new Error(`job id may not contain a colon: ${id}`);
  return id;
}
