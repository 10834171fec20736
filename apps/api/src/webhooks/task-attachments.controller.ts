import { Controller, Get, HttpCode, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { DomainError } from '@dsar/domain';
import { TaskAttachments } from '@dsar/connectors';
import type { TaskAttachmentEntity } from '@dsar/persistence';
import { parseInput } from '../http/validation.js';
import { actorOf, staffOf } from '../admin/staff-actor.js';
import { StaffOnly, type StaffPrincipal } from '@dsar/staff';

/** Set by the global StaffAuthGuard, which checks the role each route declares or defaults to. */
type StaffRequest = Request & { staff?: StaffPrincipal };

const taskParam = z.object({ id: z.uuid() }).strict();
const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() }).strict();
const uploadQuery = z.object({ name: z.string().trim().min(1).max(200) }).strict();

function view(file: TaskAttachmentEntity) {
  return {
    id: file.id,
    taskId: file.taskId,
    name: file.fileName,
    contentType: file.contentType,
    bytes: Number(file.sizeBytes),
    createdAt: file.createdAt,
  };
}

/**
 * Files on e-mail and manual tasks. The upload is the raw body (any type but JSON or a form),
 * streamed into the encrypted store; the JSON body limit does not apply to it.
 */
@ApiTags('admin: tasks')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/tasks/:id/attachments')
export class TaskAttachmentsController {
  constructor(private readonly attachments: TaskAttachments) {}

  @Post()
  @ApiOperation({
    summary: 'Attach a file (raw body, ?name=); at most 10 MiB, stored encrypted',
    description:
      "The files of an access task that ends done go into the subject's package, under " +
      'data/<system>/attachments/.',
  })
  @HttpCode(201)
  async upload(@Param() params: unknown, @Query() query: unknown, @Req() request: StaffRequest) {
    const { id } = parseInput(taskParam, params, 'path');
    const { name } = parseInput(uploadQuery, query, 'query');
    if (request.is(['application/json', 'application/x-www-form-urlencoded'])) {
      throw new DomainError('invalid_input', 'Send the file itself as the body', {
        errors: [
          {
            field: '(body)',
            message:
              'must be the raw file (for example application/octet-stream), not JSON or a form',
          },
        ],
      });
    }
    const contentType = request.headers['content-type'] ?? 'application/octet-stream';
    return view(
      await this.attachments.upload(id, { name, contentType }, request, actorOf(staffOf(request))),
    );
  }

  @Get()
  async list(@Param() params: unknown) {
    return (await this.attachments.list(parseInput(taskParam, params, 'path').id)).map(view);
  }

  @Get(':attachmentId')
  async download(@Param() params: unknown): Promise<StreamableFile> {
    const { id, attachmentId } = parseInput(attachmentParams, params, 'path');
    const file = await this.attachments.get(id, attachmentId);
    return new StreamableFile(this.attachments.open(file), {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
