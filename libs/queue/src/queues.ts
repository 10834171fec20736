/** Queue names, job names and payloads, declared once. Payloads carry ids only. */
export const QUEUE = {
  mail: 'mail',
  maintenance: 'maintenance',
  storeTasks: 'store-tasks',
  fanout: 'fanout',
  packages: 'packages',
  webhooks: 'webhooks',
  notices: 'notices',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

export const JOB = {
  sendMail: 'send-mail',
  expireUnverified: 'expire-unverified',
  sweepOutbox: 'sweep-outbox',
  runStoreTask: 'run-store-task',
  stageComplete: 'stage-complete',
  buildPackage: 'build-package',
  sweepFanout: 'sweep-fanout',
  sweepPackages: 'sweep-packages',
  deliverWebhook: 'deliver-webhook',
  sweepWebhooks: 'sweep-webhooks',
  sweepNotices: 'sweep-notices',
  staffDigest: 'staff-digest',
  liftRestriction: 'lift-restriction',
} as const;

export interface SendMailPayload {
  mailId: string;
}

export interface StoreTaskPayload {
  taskId: string;
}

export interface StageCompletePayload {
  requestId: string;
  stage: number;
}

export interface BuildPackagePayload {
  requestId: string;
}

/** A webhook message's next attempt (the handler re-reads the message). */
export interface DeliverWebhookPayload {
  messageId: string;
}

/** BullMQ job ids may not contain a colon; ours are `<job>-<id>`. */
export function jobId(job: string, ...ids: string[]): string {
  const id = [job, ...ids].join('-');
  if (id.includes(':')) throw new Error(`job id may not contain a colon: ${id}`);
  return id;
}
