import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Connector } from './connector.js';
import { SYSTEM_KINDS, type SystemKind } from './system-record.js';

/**
 * The connector of each kind. ConnectedSystemsModule (libs/connectors) registers every kind when
 * it starts; the engine never branches on kind.
 */
@Injectable()
export class ConnectorRegistry implements OnApplicationBootstrap {
  private readonly byKind = new Map<SystemKind, Connector>();

  /** The last registration of a kind wins (tests replace a kind with a fake of a third party). */
  register(connector: Connector): this {
    this.byKind.set(connector.kind, connector);
    return this;
  }

  connectorFor(kind: SystemKind): Connector | undefined {
    return this.byKind.get(kind);
  }

  /**
   * A kind without a connector would leave its secrets sealed and unmasked and fail every task:
   * the boot stops instead, naming the kinds and the module that registers them.
   */
  onApplicationBootstrap(): void {
    const missing = SYSTEM_KINDS.filter((kind) => !this.byKind.has(kind));
    if (missing.length > 0)
      throw new Error(
        `no connector for the system kinds ${missing.join(', ')}: ` +
          'ConnectedSystemsModule (@dsar/connectors) is not part of the application',
      );
  }
}
