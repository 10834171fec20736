import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@dsar/domain';
import { type Actor, appendAuditEvent } from '@dsar/persistence';
import { type Settings, settingsSchema, SettingsService } from '@dsar/settings';
import { fieldErrors, type FieldError } from '../../http/validation.js';

/** The settings resource is a single record; React-Admin addresses it as `settings/current`. */
export const SETTINGS_ID = 'current';

/** Checks each given key against its own schema: unknown keys and bad values are named. */
export function parseSettingsPatch(body: unknown): Partial<Settings> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new DomainError('invalid_input', 'The request body is invalid', {
      errors: [{ field: '(body)', message: 'must be a JSON object' }],
    });
  }
  const patch: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === 'id') continue;
    const field = Object.hasOwn(settingsSchema.shape, key)
      ? settingsSchema.shape[key as keyof Settings]
      : undefined;
    if (!field) {
      errors.push({ field: key, message: 'is not a known setting' });
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) patch[key] = parsed.data;
    else {
      for (const error of fieldErrors(parsed.error)) {
        errors.push({
          field: error.field === '(body)' ? key : `${key}.${error.field}`,
          message: error.message,
        });
      }
    }
  }
  if (errors.length)
    throw new DomainError('invalid_input', 'The request body is invalid', { errors });
  return patch as Partial<Settings>;
}

@Injectable()
export class SettingsAdmin {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  async get() {
    return { id: SETTINGS_ID, ...(await this.settings.get()) };
  }

  /** Changed keys go to the audit trail (names only: values may name people). */
  async update(patch: Partial<Settings>, actor: Actor) {
    const next = await this.dataSource.transaction(async (manager) => {
      const saved = await this.settings.update(manager, patch, actor.id);
      await appendAuditEvent(manager, {
        requestId: null,
        actor,
        action: 'settings_updated',
        data: { keys: Object.keys(patch).sort() },
      });
      return saved;
    });
    return { id: SETTINGS_ID, ...next };
  }
}
