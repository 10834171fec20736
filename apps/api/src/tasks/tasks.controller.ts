import { All, Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffPrincipal } from '@dsar/staff';
import { StoreTaskService, TaskListing } from '@dsar/fanout';
import { parseInput } from '../http/validation.js';
import { IdParam } from '../admin/id-param.js';
import { parseListQuery } from '../admin/listing/list-query.js';
import { Listing } from '../admin/listing/list-route.js';
import { actorOf, CurrentStaff } from '../admin/staff-actor.js';
import { methodNotAllowed } from '../admin/method-not-allowed.js';
import { TASK_LIST } from './task-list.spec-table.js';
import { closeTaskBody, taskIdParam } from './tasks.schemas.js';
import { taskView } from './task.view.js';
import { StaffOnly } from '@dsar/staff';

/** The task inbox. The global staff guard lets every role read and officers (and admins) act. */
@ApiTags('admin: tasks')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/tasks')
export class TasksController {
  constructor(
    private readonly listing: TaskListing,
    private readonly tasks: StoreTaskService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List store tasks (sort, range, filter: id, requestId, systemId, state, action)',
  })
  async list(@Listing(TASK_LIST.resource) listing: Listing) {
    const parsed = parseListQuery(TASK_LIST, listing.query);
    const { rows, total } = await this.listing.list(parsed);
    return listing.answer({ rows, total, start: parsed.range.start }, taskView);
  }

  @Get(':id')
  async get(@IdParam() id: string) {
    // The store-task service answers 404 for an unknown id.
    return taskView((await this.listing.one(id)) ?? (await this.tasks.get(id)));
  }

  @Post(':id/retry')
  @ApiOperation({
    summary:
      'Re-run a failed or waiting task (a waiting webhook task is sent afresh, same webhook-id); the request goes back to in_progress',
  })
  @HttpCode(200)
  async retry(@Param() params: unknown, @CurrentStaff() staff: StaffPrincipal) {
    return taskView(
      await this.tasks.retry(parseInput(taskIdParam, params, 'path').id, actorOf(staff)),
    );
  }

  @Post(':id/complete')
  @ApiOperation({
    summary:
      'Close a task by hand: `{outcome: completed | not_found | failed, note, subjectNote?}` (`note` stays internal; `failed` needs `subjectNote`, which the answer tells the person)',
  })
  @HttpCode(200)
  async complete(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const id = parseInput(taskIdParam, params, 'path').id;
    return taskView(
      await this.tasks.closeByHand(id, parseInput(closeTaskBody, body), actorOf(staff)),
    );
  }

  @All()
  collection(@Req() request: Request, @Res() response: Response): never {
    return methodNotAllowed(response, request.method, ['GET']);
  }

  @All(':id')
  member(@Req() request: Request, @Res() response: Response): never {
    return methodNotAllowed(response, request.method, ['GET']);
  }
}
