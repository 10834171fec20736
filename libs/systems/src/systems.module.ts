import { Global, Module } from '@nestjs/common';
import { ConnectorRegistryModule } from '@dsar/connectors';
import { RequestPreviewService } from './request-preview.service.js';
import { SystemRecords } from './system-records.js';
import { SystemsService } from './systems.service.js';

const PROVIDERS = [SystemsService, SystemRecords, RequestPreviewService];

/**
 * The registry of systems; SystemRecords is what the engine, webhooks and notices read (global, so
 * their adapters can say `useExisting: SystemRecords`).
 */
@Global()
@Module({
  imports: [ConnectorRegistryModule],
  providers: PROVIDERS,
  exports: [...PROVIDERS, ConnectorRegistryModule],
})
export class SystemsModule {}
