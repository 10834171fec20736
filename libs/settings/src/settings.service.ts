import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SettingEntity } from '@dsar/persistence';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from './settings.schema.js';

/** Reads the tuned policies (stored rows over defaults) and writes validated changes. */
@Injectable()
export class SettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<Settings> {
    const rows = await manager.find(SettingEntity);
    const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
    // A row that no longer fits the schema (an older version) falls back to the default.
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const [key, value] of Object.entries(stored)) {
      if (!Object.hasOwn(settingsSchema.shape, key)) continue;
      const field = settingsSchema.shape[key as keyof Settings];
      const parsed = field.safeParse(value);
      if (parsed.success) merged[key] = parsed.data;
    }
    return merged as Settings;
  }

  /** Validates the whole result before writing; callers validate the patch at the edge. */
  async update(
    manager: EntityManager,
    patch: Partial<Settings>,
    updatedBy: string | null,
  ): Promise<Settings> {
    const next = settingsSchema.parse({ ...(await this.get(manager)), ...patch });
    for (const key of Object.keys(patch) as (keyof Settings)[]) {
      await manager.upsert(
        SettingEntity,
        { key, value: next[key] as never, updatedAt: new Date(), updatedBy },
        ['key'],
      );
    }
    return next;
  }
}
