import { All, Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { StaffUserEntity } from '@dsar/persistence';
import { IdParam } from '../id-param.js';
import { Listing, ListRoute } from '../listing/list-route.js';
import { methodNotAllowed } from '../method-not-allowed.js';
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

  @ListRoute('id, q (name); sort by name')
  @ApiOperation({ summary: 'Enabled officers and admins (id, name, role)' })
  async list(@Listing('assignees') listing: Listing) {
    return listing.answer(await this.reader.listAssignees(listing.query), assigneeView);
  }

  @Get(':id')
  async get(@IdParam() id: string) {
    return assigneeView(await this.reader.getAssignee(id));
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
