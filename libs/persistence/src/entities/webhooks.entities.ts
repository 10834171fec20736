import { RecipientNoticeEntity } from './recipient-notice.entity.js';
import { StaffAlertEntity } from './staff-alert.entity.js';
import { TaskAttachmentEntity } from './task-attachment.entity.js';
import { WebhookCallbackReceiptEntity } from './webhook-callback-receipt.entity.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookMessageEntity } from './webhook-message.entity.js';

export * from './recipient-notice.entity.js';
export * from './staff-alert.entity.js';
export * from './task-attachment.entity.js';
export * from './webhook-callback-receipt.entity.js';
export * from './webhook-delivery.entity.js';
export * from './webhook-message.entity.js';

/** The entities of connected systems, alerts and notices (issue 5). */
export const WEBHOOK_ENTITIES = [
  WebhookMessageEntity,
  WebhookDeliveryEntity,
  WebhookCallbackReceiptEntity,
  StaffAlertEntity,
  RecipientNoticeEntity,
  TaskAttachmentEntity,
];
