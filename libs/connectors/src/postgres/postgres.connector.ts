import type { AppConfig } from '@dsar/config';
import { SqlConnector } from '../sql/sql.connector.js';
import { postgresDialect } from './postgres.dialect.js';

/** The company's own PostgreSQL databases, described by a dataset map (docs/dataset-map.md). */
export class PostgresConnector extends SqlConnector {
  readonly kind = 'postgres' as const;

  constructor(config: Pick<AppConfig, 'outboundAllowlist'>) {
    super(postgresDialect, config);
  }
}
