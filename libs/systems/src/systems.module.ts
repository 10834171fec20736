import { Module } from '@nestjs/common';
import { ConnectorRegistry } from './connector-registry.js';
import { RequestPreviewService } from './request-preview.service.js';
import { SystemRecords } from './system-records.js';
import { SystemsService } from './systems.service.js';

const PROVIDERS = [ConnectorRegistry, SystemsService, SystemRecords, RequestPreviewService];

/**
 * The registry of systems and of the connector of each kind. The fan-out, webhooks, notices and
 * the connectors import it for SystemRecords (the systems as they run) and ConnectorRegistry.
 */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class SystemsModule {}
