import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutbox } from '@dsar/mail';
import { type OutboundMailEntity, StaffAlertEntity } from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { staffMail, type StaffMailContent } from '../staff-mail.js';

export interface StaffAlert extends StaffMailContent {
  /** `task_failed`, `system_disabled`, `daily_digest`, `processor_reminder`, … */
  kind: string;
  /** With `kind`, what makes the alert unique: it goes out once. */
  key: string;
  requestId?: string | null;
}

/** Records (kind, key) once; false when it was recorded already (the unique key decides). */
export async function claimOnce(
  manager: EntityManager,
  kind: string,
  key: string,
  requestId: string | null = null,
): Promise<boolean> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(StaffAlertEntity)
    .values({ kind, subjectKey: key, requestId })
    .orIgnore()
    .returning('id')
    .execute();
  return (inserted.raw as unknown[]).length > 0;
}

/** The advisory-lock seed of a claim (the audit chain's is 0, intake's 1, GPC's 2, a task's 7). */
const CLAIM_LOCK_SEED = 3;

/**
 * `claimOnce` for a sweep that more than one worker may run at a time: false also while another
 * transaction is claiming the same (kind, key), which then does the work (or, rolled back,
 * leaves it to the next sweep). `claimOnce` would wait for that whole transaction, so two
 * overlapping sweeps queued behind each other row by row, doing nothing side by side.
 */
export async function claimUnlessBusy(
  manager: EntityManager,
  kind: string,
  key: string,
  requestId: string | null = null,
): Promise<boolean> {
  const inserted = (await manager.query(
    `INSERT INTO staff_alerts (kind, subject_key, request_id)
     SELECT $1, $2, $3 WHERE pg_try_advisory_xact_lock(hashtextextended($1 || '|' || $2, ${CLAIM_LOCK_SEED}))
     ON CONFLICT (kind, subject_key) DO NOTHING RETURNING id`,
    [kind, key, requestId],
  )) as unknown[];
  return inserted.length > 0;
}

/**
 * Mails staff: the `staffAlertEmails` setting, or the controller's privacy contact when none is
 * set. The alert row and its mails are written in the caller's transaction; a second raise of the
 * same (kind, key) writes nothing, so sweeps and retries never alert twice.
 */
@Injectable()
export class StaffAlerts {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly settings: SettingsService,
  ) {}

  async raise(manager: EntityManager, alert: StaffAlert): Promise<OutboundMailEntity[]> {
    if (!(await claimOnce(manager, alert.kind, alert.key, alert.requestId))) return [];
    const settings = await this.settings.get(manager);
    const recipients = settings.staffAlertEmails.length
      ? settings.staffAlertEmails
      : [settings.controllerContact];
    const mails: OutboundMailEntity[] = [];
    for (const to of recipients) {
      mails.push(
        await this.outbox.record(
          manager,
          `staff_${alert.kind}`,
          staffMail(to, alert),
          alert.requestId ?? null,
        ),
      );
    }
    return mails;
  }

  /** Enqueues the mails of committed alerts. */
  async dispatch(mails: OutboundMailEntity[]): Promise<void> {
    await this.outbox.dispatch(mails);
  }
}
