import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { DomainError, emptyCounts, ruleOf, type ConnectorResult } from '@dsar/domain';
import type { Actor } from '@dsar/persistence';
import { WEBHOOK_TASKS, type WebhookTaskPort } from '@dsar/webhooks';
import { TaskAttachments } from './task-attachments.service.js';

const rows = z.array(z.record(z.string(), z.unknown())).max(50_000);

/** What staff record for an e-mail or manual task. */
export const taskOutcomeSchema = z
  .object({
    outcome: z.enum(['done', 'partly_done', 'refused', 'not_found']),
    /** Internal: for staff and the audit trail only. */
    note: z.string().trim().min(3, 'must say what was done').max(4000),
    /** Shown to the subject in the package and the answer mail; nothing else of the outcome is. */
    subjectNote: z.string().trim().min(3, 'must say something to the person').max(2000).optional(),
    /** Access: the data found, by collection (an uploaded JSON file is sent as this object). */
    data: z.record(z.string().trim().min(1).max(200), rows).optional(),
    /** Access: an attached JSON file of the same shape as `data` (for data too big for a body). */
    dataFile: z.uuid().optional(),
    /** Attachments (uploaded first) kept as the outcome's evidence. */
    attachments: z.array(z.uuid()).max(20).optional(),
  })
  .strict()
  .refine((input) => !(input.data && input.dataFile), {
    message: 'give data or dataFile, not both',
    path: ['dataFile'],
  });

const dataFileSchema = z.record(z.string().trim().min(1).max(200), rows);

export type TaskOutcomeInput = z.output<typeof taskOutcomeSchema>;

/**
 * Staff answers in the one result shape: done and partly done succeed (partly done says what
 * remains in the note); refused fails the task for good, so the request asks an officer what to do.
 */
export function outcomeToResult(input: TaskOutcomeInput, action: string): ConnectorResult {
  if (input.data && !ruleOf(action).returnsData) {
    throw new DomainError('invalid_input', 'Only a task that returns data takes data', {
      errors: [{ field: 'data', message: 'is only for tasks that return data (access)' }],
    });
  }
  const found = Object.values(input.data ?? {}).reduce((sum, list) => sum + list.length, 0);
  const counts = { ...emptyCounts(), found };
  const toSubject = input.subjectNote ? { subjectNote: input.subjectNote } : {};
  switch (input.outcome) {
    case 'done':
      return {
        outcome: 'completed',
        counts,
        note: input.note,
        ...toSubject,
        ...(input.data ? { data: input.data } : {}),
      };
    case 'partly_done':
      return {
        outcome: 'completed',
        counts,
        note: `partly done: ${input.note}`,
        ...toSubject,
        ...(input.data ? { data: input.data } : {}),
      };
    case 'not_found':
      return { outcome: 'not_found', counts, note: input.note, ...toSubject };
    case 'refused':
      return { outcome: 'failed', counts, note: `refused: ${input.note}`, ...toSubject };
  }
}

/** Records an e-mail or manual task's outcome; access data goes to the task's spool (package). */
@Injectable()
export class TaskOutcomes {
  constructor(
    @Inject(WEBHOOK_TASKS) private readonly tasks: WebhookTaskPort,
    private readonly attachments: TaskAttachments,
  ) {}

  async record(taskId: string, input: TaskOutcomeInput, actor: Actor): Promise<void> {
    const task = await this.tasks.find(taskId);
    if (!task) throw new DomainError('not_found', `No task with id ${taskId}`);
    if (task.state !== 'waiting') {
      throw new DomainError(
        'conflict',
        `The task is ${task.state}; only a waiting task takes an outcome`,
      );
    }
    const evidence = await Promise.all(
      (input.attachments ?? []).map((id) => this.attachments.get(taskId, id)),
    );
    const data = input.dataFile ? await this.dataFromFile(taskId, input.dataFile) : input.data;
    const result = outcomeToResult({ ...input, data }, task.action);
    if (evidence.length) {
      result.evidence = {
        attachments: evidence.map((file) => ({
          id: file.id,
          name: file.fileName,
          bytes: Number(file.sizeBytes),
        })),
      };
    }
    await this.tasks.completeWaiting(taskId, result, actor);
  }

  private async dataFromFile(taskId: string, attachmentId: string) {
    const invalid = (message: string) =>
      new DomainError('invalid_input', 'The data file does not fit', {
        errors: [{ field: 'dataFile', message }],
      });
    let parsed: unknown;
    try {
      parsed = await this.attachments.readJson(await this.attachments.get(taskId, attachmentId));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw invalid('is not a JSON file');
    }
    const checked = dataFileSchema.safeParse(parsed);
    if (!checked.success)
      throw invalid('must be a JSON object of collections, each a list of objects');
    return checked.data;
  }
}
