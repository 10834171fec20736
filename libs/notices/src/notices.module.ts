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
 * Staff alerts and the daily digest. RecipientNotices (Art. 19) needs SYSTEM_STORE and
 * RECIPIENT_EVENTS, so the application that has them provides it (see the worker's webhooks module).
 */
@Module({ imports: [MailModule, SettingsModule], providers: SERVICES, exports: SERVICES })
export class NoticesModule {}
