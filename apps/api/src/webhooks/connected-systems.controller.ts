import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { TaskOutcomes, taskOutcomeSchema } from '@dsar/connectors';
import { RecipientNotices } from '@dsar/notices';
import { RequestTokens } from '@dsar/requests';
import { Roles, StaffOnly, Public, type StaffPrincipal } from '@dsar/staff';
import { WebhookSecrets } from '@dsar/webhooks';
import { parseInput } from '../http/validation.js';
import { actorOf, staffOf } from '../admin/staff-actor.js';
import { idParam, statusTokenQuery } from './webhooks.schemas.js';

/** Set by the global StaffAuthGuard, which checks the role each route declares or defaults to. */
type StaffRequest = Request & { staff?: StaffPrincipal };

/** Secret rotation, staff outcomes of e-mail and manual tasks, and the subject's Art. 19 list. */
@ApiTags('connected systems')
@Controller()
export class ConnectedSystemsController {
  constructor(
    private readonly secrets: WebhookSecrets,
    private readonly outcomes: TaskOutcomes,
    private readonly notices: RecipientNotices,
    private readonly tokens: RequestTokens,
    private readonly dataSource: DataSource,
  ) {}

  /** The new secret is in this answer only; the old one signs too until `previousSecretValidUntil`. */
  @Post('admin/systems/:id/rotate-secret')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A new whsec_ secret (shown once); the old one signs too for 24 hours' })
  @HttpCode(200)
  async rotate(@Param() params: unknown, @Req() request: StaffRequest) {
    return this.secrets.rotate(parseInput(idParam, params, 'path').id, actorOf(staffOf(request)));
  }

  /** Staff record a processor's or a person's answer: done, partly done, refused, not found. */
  @Post('admin/tasks/:id/outcome')
  @StaffOnly()
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Record an e-mail or manual task’s outcome: done, partly_done, refused, not_found; note; data or dataFile; attachments',
  })
  @HttpCode(204)
  async outcome(@Param() params: unknown, @Body() body: unknown, @Req() request: StaffRequest) {
    const id = parseInput(idParam, params, 'path').id;
    await this.outcomes.record(id, parseInput(taskOutcomeSchema, body), actorOf(staffOf(request)));
  }

  /** The subject asks who their data went to and was told (Art. 19, last sentence). */
  @Get('requests/recipients')
  @Public()
  @ApiOperation({
    summary:
      'The subject’s status token → the recipients told of an erasure or rectification (Art. 19)',
  })
  async recipients(@Query() query: unknown) {
    const { token } = parseInput(statusTokenQuery, query, 'query');
    const found = await this.tokens.requireValid(this.dataSource.manager, 'status', token);
    return { recipients: await this.notices.listFor(found.requestId) };
  }
}
