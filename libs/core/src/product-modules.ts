import { ConnectedSystemsModule } from '@dsar/connectors';
import { FanoutModule } from '@dsar/fanout';
import { MailModule } from '@dsar/mail';
import { NoticesModule } from '@dsar/notices';
import { PackagesModule } from '@dsar/packages';
import { DatabaseModule } from '@dsar/persistence';
import { QueueModule } from '@dsar/queue';
import { RequestsModule } from '@dsar/requests';
import { SettingsModule } from '@dsar/settings';
import { SystemsModule } from '@dsar/systems';
import { WebhooksModule } from '@dsar/webhooks';

/** The features every process holds, below the api's routes and the worker's processors. */
export const PRODUCT_MODULES = [
  DatabaseModule,
  QueueModule,
  SettingsModule,
  MailModule,
  SystemsModule,
  ConnectedSystemsModule,
  RequestsModule,
  PackagesModule,
  NoticesModule,
  WebhooksModule,
  FanoutModule,
];
