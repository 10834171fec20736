import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { REQUEST_TYPES, type RequestType } from '@dsar/domain';
import type {
  Connector,
  ConnectorExecution,
  FieldProblem,
  SystemRecord,
  TaskContext,
} from '@dsar/systems';
import { settingsProblems } from '../email/email.connector.js';

export const manualSettingsSchema = z
  .object({
    assignee: z.string().trim().min(1).max(200).optional(),
    /** What to do by hand, per request type: an erasure's steps never reach an access task. */
    instructions: z
      .partialRecord(z.enum(REQUEST_TYPES), z.string().trim().min(3).max(1000))
      .optional(),
  })
  .strict();

/** What a task asks when the system gives no instructions for its type. */
const DEFAULT_INSTRUCTIONS: Record<RequestType, string> = {
  access: 'find the data this system holds about the person and attach it',
  rectification: "correct the person's data as the request says",
  erasure: "erase the person's data, keeping only what a legal hold requires",
  portability:
    'export the data the person gave this system, in a machine-readable form, and attach it',
  restriction: "mark the person's data restricted: keep it stored, do not otherwise use it",
  objection: 'stop the processing the person objected to, or note the compelling grounds to go on',
  opt_out: "stop selling or sharing the person's data and note when that was done",
  limit_sensitive: "limit the use of the person's sensitive data to what the service needs",
};

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
    const settings = manualSettingsSchema.safeParse(context.system.settings);
    const assignee = (settings.success && settings.data.assignee) || 'the privacy team';
    const steps =
      (settings.success && settings.data.instructions?.[context.action]) ||
      DEFAULT_INSTRUCTIONS[context.action];
    return {
      waiting: true,
      note: `${assignee}: ${steps}; due ${context.dueAt.toISOString().slice(0, 10)}`,
    };
  }
}
