import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { effectiveDueAtSql, internalTarget, OPEN_STATUSES_SQL } from '@dsar/domain';
import { SettingsService } from '@dsar/settings';
import { StaffAlerts } from '../alerts/staff-alerts.service.js';

interface DigestRow {
  reference: string;
  type: string;
  status: string;
  due: Date;
  /** The staff's target, where the digest reads one. */
  target?: Date;
}

const DUE = effectiveDueAtSql();

function day(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/**
 * The daily digest: requests verified in the last 24 hours and open requests at their internal
 * target within 7 days (references, types and dates only). Once per day in the controller's time
 * zone; nothing to report sends nothing.
 */
@Injectable()
export class StaffDigest {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly alerts: StaffAlerts,
    private readonly settings: SettingsService,
  ) {}

  async run(now: Date = new Date()): Promise<boolean> {
    const zone = this.config.controllerTimezone;
    const verified = (await this.dataSource.query(
      `SELECT reference, type, status, ${DUE} AS due FROM requests
        WHERE verified_at > $1::timestamptz - interval '24 hours' AND verified_at <= $1::timestamptz ORDER BY verified_at`,
      [now],
    )) as DigestRow[];
    // Due soon by the staff's target (internalTargetDays working days before the deadline): the
    // query takes a generous calendar window, the target decides.
    const { internalTargetDays } = await this.settings.get();
    const soon = now.getTime() + 7 * 86_400_000;
    const dueSoon = (
      (await this.dataSource.query(
        `SELECT reference, type, status, ${DUE} AS due FROM requests
          WHERE status IN ${OPEN_STATUSES_SQL}
            AND ${DUE} <= $1::timestamptz + make_interval(days => $2)
          ORDER BY ${DUE}`,
        [now, 7 + 3 * internalTargetDays + 14],
      )) as DigestRow[]
    )
      .map((row) => ({
        ...row,
        target: internalTarget(new Date(row.due), internalTargetDays, this.config),
      }))
      .filter((row) => row.target.getTime() <= soon);
    if (verified.length === 0 && dueSoon.length === 0) return false;
    const line = (row: DigestRow) =>
      `${row.reference} — ${row.type}, ${row.status.replace(/_/g, ' ')}, ` +
      (row.target ? `target ${day(row.target, zone)}, ` : '') +
      `due ${day(new Date(row.due), zone)}`;
    const mails = await this.dataSource.transaction((manager) =>
      this.alerts.raise(manager, {
        kind: 'daily_digest',
        key: day(now, zone),
        subject: `Daily digest: ${verified.length} newly verified, ${dueSoon.length} at their target within 7 days`,
        paragraphs: [
          `Newly verified (last 24 hours): ${verified.length ? verified.map(line).join('; ') : 'none'}.`,
          `At their internal target within 7 days: ${dueSoon.length ? dueSoon.map(line).join('; ') : 'none'}.`,
        ],
        link: { href: `${this.config.publicUrl}/admin/`, label: 'Open the queue' },
      }),
    );
    await this.alerts.dispatch(mails);
    return mails.length > 0;
  }
}
