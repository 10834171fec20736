import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { type StaffAlert, StaffAlerts } from './staff-alerts.service.js';

/** How long before a duty's deadline staff are alerted. */
const RECEIPT_WARNING_HOURS = 48;
const APPEAL_WARNING_DAYS = 7;

interface Unconfirmed {
  id: string;
  reference: string;
  jurisdiction: string;
  acknowledge_by: Date;
}

interface AppealDue {
  id: string;
  request_id: string;
  reference: string;
  jurisdiction: string;
  decide_by: Date;
}

/**
 * The regimes' duties watched: a receipt confirmation (CCPA) whose acknowledgement has not left
 * two days before its deadline, and an appeal undecided a week before its decision date. Each
 * alerts once (the alert key is the request or the appeal).
 */
@Injectable()
export class RegimeDutyAlerts {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly alerts: StaffAlerts,
  ) {}

  async run(now = new Date()): Promise<{ receiptConfirmations: number; appeals: number }> {
    const link = (requestId: string) => ({
      href: `${this.config.publicUrl}/admin/#/requests/${requestId}/show`,
      label: 'Open the request',
    });
    const unconfirmed = (await this.dataSource.query(
      `SELECT r.id, r.reference, r.jurisdiction, r.acknowledge_by FROM requests r
        WHERE r.acknowledge_by IS NOT NULL AND r.acknowledged_at IS NULL
          AND r.acknowledge_by <= $1::timestamptz + make_interval(hours => $2)
          AND NOT EXISTS (SELECT 1 FROM staff_alerts a
                           WHERE a.kind = 'receipt_confirmation_due' AND a.subject_key = r.id::text)
        ORDER BY r.acknowledge_by LIMIT 200`,
      [now, RECEIPT_WARNING_HOURS],
    )) as Unconfirmed[];
    const receiptConfirmations = await this.raiseEach(unconfirmed, (row) => {
      const by = new Date(row.acknowledge_by).toISOString().slice(0, 10);
      return {
        kind: 'receipt_confirmation_due',
        key: row.id,
        requestId: row.id,
        subject: `Receipt not yet confirmed: ${row.reference} (due ${by})`,
        paragraphs: [
          `Request ${row.reference} (${row.jurisdiction}) must have its receipt confirmed by ${by}, and the acknowledgement mail has not left yet.`,
          'Check the mail outbox and the SMTP server; the subject must be told the request arrived and how it will be handled.',
        ],
        link: link(row.id),
      };
    });

    const appeals = (await this.dataSource.query(
      `SELECT a.id, a.request_id, r.reference, r.jurisdiction, a.decide_by
         FROM request_appeals a JOIN requests r ON r.id = a.request_id
        WHERE a.decided_at IS NULL
          AND a.decide_by <= $1::timestamptz + make_interval(days => $2)
          AND NOT EXISTS (SELECT 1 FROM staff_alerts s
                           WHERE s.kind = 'appeal_due' AND s.subject_key = a.id::text)
        ORDER BY a.decide_by LIMIT 200`,
      [now, APPEAL_WARNING_DAYS],
    )) as AppealDue[];
    const appealCount = await this.raiseEach(appeals, (row) => {
      const by = new Date(row.decide_by).toISOString().slice(0, 10);
      return {
        kind: 'appeal_due',
        key: row.id,
        requestId: row.request_id,
        subject: `Appeal to decide by ${by}: ${row.reference}`,
        paragraphs: [
          `The subject of ${row.reference} (${row.jurisdiction}) appealed; the decision is due by ${by}.`,
          'An officer who did not make the first decision should uphold it (with reasons) or overturn it.',
        ],
        link: link(row.request_id),
      };
    });
    return { receiptConfirmations, appeals: appealCount };
  }

  /** One alert per row, each in its own transaction; how many were raised now (not before). */
  private async raiseEach<T>(
    rows: readonly T[],
    alertFor: (row: T) => StaffAlert,
  ): Promise<number> {
    let raised = 0;
    for (const row of rows) {
      const mails = await this.dataSource.transaction((manager) =>
        this.alerts.raise(manager, alertFor(row)),
      );
      if (mails.length) raised += 1;
      await this.alerts.dispatch(mails);
    }
    return raised;
  }
}
