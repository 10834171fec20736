import type { FieldProblem } from '@dsar/systems';
import { checkSqlSettings, sqlSettingsSchema } from '../sql/dataset-map.schema.js';
import { postgresDialect } from './postgres.dialect.js';

export type { DatasetMap, DatasetTable, DatasetField } from '../sql/dataset-map.schema.js';

export const postgresSettingsSchema = sqlSettingsSchema(postgresDialect);

/** Shape and rules of postgres settings; problems name the field (`settings.dataset.tables.0.name`). */
export function checkPostgresSettings(settings: unknown): FieldProblem[] {
  return checkSqlSettings(postgresDialect, settings);
}
