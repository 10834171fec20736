import { CoreSchema1764000000000 } from './1764000000000-core-schema.js';
import { StaffAndAdmin1764000100000 } from './1764000100000-staff-and-admin.js';
import { Systems1764000200000 } from './1764000200000-systems.js';
import { FanoutAndPackages1764000300000 } from './1764000300000-fanout-and-packages.js';
import { WebhooksAndNotices1764000400000 } from './1764000400000-webhooks-and-notices.js';
import { QueueOutbox1764000800000 } from './1764000800000-queue-outbox.js';
import { WebhookSealedAnswer1764000900000 } from './1764000900000-webhook-sealed-answer.js';
import { MysqlSystemKind1764001100000 } from './1764001100000-mysql-system-kind.js';
import { RequestPolicy1764001200000 } from './1764001200000-request-policy.js';
import { QueueIndexes1764001800000 } from './1764001800000-queue-indexes.js';
import { PausesAndAppeals1764001900000 } from './1764001900000-pauses-and-appeals.js';
import { ReceiptConfirmation1764001900100 } from './1764001900100-receipt-confirmation.js';
import { UntoldRecipients1764002000000 } from './1764002000000-untold-recipients.js';
import { RegistryFacts1764002100000 } from './1764002100000-registry-facts.js';
import { EveryRight1764002200000 } from './1764002200000-every-right.js';
import { OptOuts1764002200100 } from './1764002200100-opt-outs.js';
import { RequestRefusals1764002300000 } from './1764002300000-request-refusals.js';
import { ObjectionsAndRestrictions1764002300100 } from './1764002300100-objections-and-restrictions.js';
import { RequestLanguage1764002400000 } from './1764002400000-request-language.js';
import { EmailLessRequests1764002830000 } from './1764002830000-email-less-requests.js';
import { RestrictionLifts1764002840000 } from './1764002840000-restriction-lifts.js';
import { QueueCountIndex1764002860000 } from './1764002860000-queue-count-index.js';
import { LookupOnlyTasks1764002870000 } from './1764002870000-lookup-only-tasks.js';
import { RedundantRequestIndexes1764002880000 } from './1764002880000-redundant-request-indexes.js';

/** Every migration in order; a feature that adds one appends it here. */
export const ALL_MIGRATIONS = [
  CoreSchema1764000000000,
  StaffAndAdmin1764000100000,
  Systems1764000200000,
  FanoutAndPackages1764000300000,
  WebhooksAndNotices1764000400000,
  QueueOutbox1764000800000,
  WebhookSealedAnswer1764000900000,
  MysqlSystemKind1764001100000,
  RequestPolicy1764001200000,
  QueueIndexes1764001800000,
  PausesAndAppeals1764001900000,
  ReceiptConfirmation1764001900100,
  UntoldRecipients1764002000000,
  RegistryFacts1764002100000,
  EveryRight1764002200000,
  OptOuts1764002200100,
  RequestRefusals1764002300000,
  ObjectionsAndRestrictions1764002300100,
  RequestLanguage1764002400000,
  EmailLessRequests1764002830000,
  RestrictionLifts1764002840000,
  QueueCountIndex1764002860000,
  LookupOnlyTasks1764002870000,
  RedundantRequestIndexes1764002880000,
];
