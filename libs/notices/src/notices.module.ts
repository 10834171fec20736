import { Module } from '@nestjs/common';
import { MailModule } from '@dsar/mail';
import { SettingsModule } from '@dsar/settings';
import { FailedTaskAlerts } from './alerts/failed-task-alerts.service.js';
import { StaffAlerts } from './alerts/staff-alerts.service.js';
import { WaitingTaskAlerts } from './alerts/waiting-task-alerts.service.js';
import { RegimeDutyAlerts } from './alerts/regime-duty-alerts.service.js';
import { StaffDigest } from './digest/staff-digest.service.js';

const SERVICES = [StaffAlerts, FailedTaskAlerts, WaitingTaskAlerts, RegimeDutyAlerts, StaffDigest];

/**
 * Staff alerts and the daily digest. RecipientNotices (Art. 19) needs RECIPIENT_EVENTS, so
 * WebhooksModule, which sends those events, provides it.
 */
@Module({ imports: [MailModule, SettingsModule], providers: SERVICES, exports: SERVICES })
export class NoticesModule {}
