import { AuditEventEntity } from './audit-event.entity.js';
import { OutboundMailEntity } from './outbound-mail.entity.js';
import { RequestTokenEntity } from './request-token.entity.js';
import { RequestEntity } from './request.entity.js';
import { SettingEntity } from './setting.entity.js';
import { StoreTaskEntity } from './store-task.entity.js';
import { AccessPackageEntity } from './access-package.entity.js';
import { WEBHOOK_ENTITIES } from './webhooks.entities.js';
import { STAFF_ENTITIES } from './staff.entities.js';
import { SystemEntity } from './system.entity.js';
import { QueueOutboxEntity } from './queue-outbox.entity.js';
import { RequestPauseEntity } from './request-pause.entity.js';
import { RequestAppealEntity } from './request-appeal.entity.js';
import { RequestRefusalEntity } from './request-refusal.entity.js';
import { OptOutEntity } from './opt-out.entity.js';
import { RestrictionLiftEntity } from './restriction-lift.entity.js';

export * from './audit-event.entity.js';
export * from './outbound-mail.entity.js';
export * from './request-token.entity.js';
export * from './request.entity.js';
export * from './setting.entity.js';
export * from './store-task.entity.js';
export * from './access-package.entity.js';
export * from './webhooks.entities.js';
export * from './staff.entities.js';
export * from './system.entity.js';
export * from './queue-outbox.entity.js';
export * from './request-pause.entity.js';
export * from './request-appeal.entity.js';
export * from './request-refusal.entity.js';
export * from './opt-out.entity.js';
export * from './restriction-lift.entity.js';

/** Every entity; a feature that adds one appends it here. */
export const ALL_ENTITIES = [
  RequestEntity,
  RequestTokenEntity,
  AuditEventEntity,
  SettingEntity,
  OutboundMailEntity,
  StoreTaskEntity,
  AccessPackageEntity,
  ...WEBHOOK_ENTITIES,
  ...STAFF_ENTITIES,
  SystemEntity,
  QueueOutboxEntity,
  RequestPauseEntity,
  RequestAppealEntity,
  RequestRefusalEntity,
  OptOutEntity,
  RestrictionLiftEntity,
];
