import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type {
  Connector,
  ConnectorExecution,
  FieldProblem,
  SystemRecord,
  TaskContext,
} from '@dsar/systems';
import { settingsProblems } from '../email/email.connector.js';

export const manualSettingsSchema = z
  .object({ assignee: z.string().trim().min(1).max(200).optional() })
  .strict();

/**
 * An internal system someone handles by hand: the task waits in the staff inbox (with its
 * assignee and the request's due date) until staff record the outcome and, for access, upload
 * the data found (TaskOutcomes).
 */
@Injectable()
export class ManualConnector implements Connector {
  readonly kind = 'manual' as const;
  readonly secretSettings = [] as const;

  validateSettings(settings: unknown): FieldProblem[] {
    return settingsProblems(manualSettingsSchema, settings);
  }

  async test(system: SystemRecord): Promise<{ ok: boolean; message: string }> {
    const assignee = system.settings.assignee;
    return {
      ok: true,
      message: `Tasks wait in the inbox${assignee ? ` for ${String(assignee)}` : ''}`,
    };
  }

  async execute(context: TaskContext): Promise<ConnectorExecution> {
    const assignee =
      typeof context.system.settings.assignee === 'string'
        ? context.system.settings.assignee
        : 'the privacy team';
    return {
      waiting: true,
      note: `to be handled by hand by ${assignee}; due ${context.dueAt.toISOString().slice(0, 10)}`,
    };
  }
}
