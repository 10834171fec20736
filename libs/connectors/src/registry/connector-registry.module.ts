import { Global, Module } from '@nestjs/common';
import { ConnectorRegistry } from './connector-registry.js';

/** One registry per application; connector modules inject it and register themselves. */
@Global()
@Module({ providers: [ConnectorRegistry], exports: [ConnectorRegistry] })
export class ConnectorRegistryModule {}
