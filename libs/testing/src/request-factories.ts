import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestEntity } from '@dsar/persistence';
import { RequestLifecycle, WORK_PLANNER, type WorkPlanner } from '@dsar/requests';

export type ApprovableType = 'access' | 'erasure' | 'rectification';

/** A staff member acting in a test. */
export const TEST_STAFF = { type: 'staff' as const, id: randomUUID() };

let references = 0;

/** A verified request that waits for approval, as a row (no mail, no HTTP). */
export async function awaitingApprovalRow(
  app: INestApplicationContext,
  type: ApprovableType,
  email: string,
  corrections: { field: string; value: string }[] | null = null,
): Promise<RequestEntity> {
  const { manager } = app.get(DataSource);
  const now = new Date();
  return manager.save(
    manager.create(RequestEntity, {
      reference: `DSR-TEST-${String(++references).padStart(6, '0')}-${randomUUID().slice(0, 4)}`,
      type,
      status: 'awaiting_approval',
      jurisdiction: 'gdpr',
      email,
      name: 'Ada Lovelace',
      corrections,
      receivedAt: now,
      dueAt: new Date(now.getTime() + 30 * 24 * 3600_000),
      verifiedAt: now,
      identities: { email: [email] },
    }),
  );
}

/** Approves as the approval code does: status and tasks in one transaction, then the first stage. */
export async function approve(
  app: INestApplicationContext,
  type: ApprovableType,
  email: string,
  corrections: { field: string; value: string }[] | null = null,
): Promise<string> {
  const request = await awaitingApprovalRow(app, type, email, corrections);
  const planner = app.get<WorkPlanner>(WORK_PLANNER);
  await app.get(DataSource).transaction(async (manager) => {
    const { request: approved } = await app
      .get(RequestLifecycle)
      .apply(manager, request.id, 'approve', TEST_STAFF);
    await planner.plan(manager, approved);
  });
  await planner.afterCommit(request.id);
  return request.id;
}
