import { All, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { StaffUserEntity } from '@dsar/persistence';
import { parseInput } from '../../http/validation.js';
import { ListQueryDocs } from '../../openapi/list-query.docs.js';
import { contentRange } from '../listing/list-query.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { idParam } from '../requests/request-admin.schemas.js';
import { UserAdminReader } from './users-admin.service.js';
import { StaffOnly } from '@dsar/staff';

/** What every role may know of a colleague: enough to show and pick an assignee, no e-mail. */
function assigneeView(user: StaffUserEntity) {
  return { id: user.id, name: user.name, role: user.role, enabled: user.enabled };
}

/**
 * `assignees`: staff who can be assigned requests, readable by every role (the `users` resource
 * is for admins), so officers can pick an assignee and viewers see who holds a request.
 */
@ApiTags('admin: users')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/assignees')
export class AssigneesController {
  constructor(private readonly reader: UserAdminReader) {}

  @Get()
  @ListQueryDocs('id, q (name); sort by name')
  @ApiOperation({ summary: 'Enabled officers and admins (id, name, role)' })
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const page = await this.reader.listAssignees(query);
    response.setHeader(
      'Content-Range',
      contentRange('assignees', page.start, page.rows.length, page.total),
    );
    return page.rows.map(assigneeView);
  }

  @Get(':id')
  async get(@Param() params: unknown) {
    return assigneeView(await this.reader.getAssignee(parseInput(idParam, params, 'path').id));
  }

  @All()
  collectionVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET']);
  }

  @All(':id')
  itemVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET']);
  }
}
