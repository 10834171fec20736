import { Injectable } from '@nestjs/common';
import type { Connector } from './connector.js';
import type { SystemKind } from './system-record.js';

/**
 * The connector of each kind. ConnectedSystemsModule (libs/connectors) registers every kind when
 * it starts; the engine never branches on kind.
 */
@Injectable()
export class ConnectorRegistry {
  private readonly byKind = new Map<SystemKind, Connector>();

  /** The last registration of a kind wins (tests replace a kind with a fake of a third party). */
  register(connector: Connector): this {
    this.byKind.set(connector.kind, connector);
    return this;
  }

  connectorFor(kind: SystemKind): Connector | undefined {
    return this.byKind.get(kind);
  }
}
