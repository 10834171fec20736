import { randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@dsar/domain';
import { appendAuditEvent, type Actor, TaskAttachmentEntity } from '@dsar/persistence';
import { FileVault } from '@dsar/packages';
import { WEBHOOK_TASKS, type WebhookTaskPort } from '@dsar/webhooks';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

class TooLarge extends Error {}

/** Counts bytes through and stops past the cap (the upload is a stream, never held whole). */
function capped(limit: number, seen: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen.bytes += chunk.length;
      if (seen.bytes > limit) callback(new TooLarge(`larger than ${limit} bytes`));
      else callback(null, chunk);
    },
  });
}

function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').slice(0, 120) || 'attachment';
}

/**
 * Files staff attach to an e-mail or manual task: the processor's confirmation, or the data it
 * sent (a JSON file of collections, which the outcome can take into the access package).
 */
@Injectable()
export class TaskAttachments {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(WEBHOOK_TASKS) private readonly tasks: WebhookTaskPort,
    private readonly files: FileVault,
  ) {}

  async upload(
    taskId: string,
    file: { name: string; contentType: string },
    content: Readable,
    actor: Actor,
  ): Promise<TaskAttachmentEntity> {
    const task = await this.tasks.find(taskId);
    if (!task) throw new DomainError('not_found', `No task with id ${taskId}`);
    if (task.state !== 'waiting')
      throw new DomainError('conflict', `The task is ${task.state}; attach files while it waits`);
    const id = randomUUID();
    const path = `attachments/${task.requestId}/${taskId}/${id}`;
    const seen = { bytes: 0 };
    try {
      await this.files.write(path, content.pipe(capped(MAX_ATTACHMENT_BYTES, seen)));
    } catch (error) {
      if (error instanceof TooLarge)
        throw new DomainError(
          'too_large',
          `An attachment may be at most ${MAX_ATTACHMENT_BYTES} bytes`,
        );
      throw error;
    }
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        TaskAttachmentEntity,
        manager.create(TaskAttachmentEntity, {
          id,
          taskId,
          requestId: task.requestId,
          fileName: safeName(file.name),
          contentType: file.contentType,
          sizeBytes: String(seen.bytes),
          path,
          createdBy: actor.type === 'staff' ? actor.id : null,
        }),
      );
      await appendAuditEvent(manager, {
        requestId: task.requestId,
        actor,
        action: 'task_attachment_added',
        data: { taskId, attachmentId: id },
      });
      return saved;
    });
  }

  async list(taskId: string): Promise<TaskAttachmentEntity[]> {
    return this.dataSource.manager.find(TaskAttachmentEntity, {
      where: { taskId },
      order: { createdAt: 'ASC' },
    });
  }

  async get(taskId: string, attachmentId: string): Promise<TaskAttachmentEntity> {
    const found = await this.dataSource.manager.findOneBy(TaskAttachmentEntity, {
      id: attachmentId,
      taskId,
    });
    if (!found)
      throw new DomainError('not_found', `No attachment ${attachmentId} on task ${taskId}`);
    return found;
  }

  open(attachment: TaskAttachmentEntity): Readable {
    return this.files.read(attachment.path);
  }

  /** An attached JSON file, parsed (at most the attachment cap). */
  async readJson(attachment: TaskAttachmentEntity): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.open(attachment)) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  }
}
