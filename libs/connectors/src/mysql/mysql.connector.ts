import type { AppConfig } from '@dsar/config';
import { SqlConnector } from '../sql/sql.connector.js';
import { mysqlDialect } from './mysql.dialect.js';

/** The company's MySQL 8 or MariaDB 10.6+ databases, described by the same dataset map. */
export class MysqlConnector extends SqlConnector {
  readonly kind = 'mysql' as const;

  constructor(config: Pick<AppConfig, 'outboundAllowlist'>) {
    super(mysqlDialect, config);
  }
}
