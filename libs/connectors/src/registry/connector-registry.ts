import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import type { Connector, SystemKind } from '../connector.js';
import { PostgresConnector } from '../postgres/postgres.connector.js';
import { MysqlConnector } from '../mysql/mysql.connector.js';

/**
 * The connector of each kind. The SQL connectors (postgres, mysql) are built in; other kinds register their
 * instance (from a module's `onModuleInit`, or a factory) — the engine never branches on kind.
 */
@Injectable()
export class ConnectorRegistry {
  private readonly byKind = new Map<SystemKind, Connector>();

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'outboundAllowlist'>) {
    this.register(new PostgresConnector(config));
    this.register(new MysqlConnector(config));
  }

  /** The last registration of a kind wins (tests replace a kind with a fake of a third party). */
  register(connector: Connector): this {
    this.byKind.set(connector.kind, connector);
    return this;
  }

  connectorFor(kind: SystemKind): Connector | undefined {
    return this.byKind.get(kind);
  }

  kinds(): SystemKind[] {
    return [...this.byKind.keys()];
  }
}
