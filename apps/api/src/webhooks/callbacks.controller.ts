import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TaskCallbacks } from '@dsar/webhooks';
import { parseInput } from '../http/validation.js';
import { taskIdParam } from './webhooks.schemas.js';
import { Public } from '@dsar/staff';

type RawRequest = Request & { rawBody?: Buffer };

function headerValue(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * `POST /api/callbacks/tasks/:taskId`: a connected system's late answer. The signature covers the
 * exact bytes received, so the raw body is verified, not a re-serialised one.
 */
@ApiTags('connected systems')
@Public()
@Controller('callbacks/tasks')
export class CallbacksController {
  constructor(private readonly callbacks: TaskCallbacks) {}

  @Post(':taskId')
  @ApiOperation({
    summary: 'A connected system’s late answer (docs/webhooks.md)',
    description:
      'Authorization: Bearer <callbackToken> and Standard Webhooks signature headers made with the system secret; body {status, data?, message?, retryable?}. 401 unsigned, tampered, late or wrong token; 409 a replay or a different final answer; 429 the task is still starting.',
  })
  @HttpCode(200)
  async receive(@Param() params: unknown, @Req() request: RawRequest) {
    const { taskId } = parseInput(taskIdParam, params, 'path');
    return this.callbacks.receive({
      taskId,
      authorization: headerValue(request, 'authorization'),
      rawBody: request.rawBody?.toString('utf8') ?? '',
      headers: {
        'webhook-id': headerValue(request, 'webhook-id'),
        'webhook-timestamp': headerValue(request, 'webhook-timestamp'),
        'webhook-signature': headerValue(request, 'webhook-signature'),
      },
    });
  }
}
