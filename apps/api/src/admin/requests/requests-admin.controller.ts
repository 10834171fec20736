import { All, Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { StaffIntake } from '@dsar/requests';
import { ANY_ROLE, Roles, type StaffPrincipal, StaffOnly } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { ListQueryDocs } from '../../openapi/list-query.docs.js';
import { contentRange } from '../listing/list-query.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { actorOf, CurrentStaff } from '../staff-actor.js';
import { idParam, staffCreateBody } from './request-admin.schemas.js';
import { RequestAdminReader } from './request-admin.service.js';
import { requestView } from './request.view.js';

/** `requests`: list, get, create (received by post or phone); other verbs 405. */
@ApiTags('admin: requests')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/requests')
export class RequestsAdminController {
  constructor(
    private readonly reader: RequestAdminReader,
    private readonly staffIntake: StaffIntake,
  ) {}

  @Get()
  @ListQueryDocs('status, type, jurisdiction, assigneeId, overdue, dueBefore, reference, q, id')
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const page = await this.reader.list(query);
    const target = await this.reader.targetOf();
    response.setHeader(
      'Content-Range',
      contentRange('requests', page.start, page.rows.length, page.total),
    );
    const now = new Date();
    return page.rows.map((request) => requestView(request, now, target(request)));
  }

  @Get(':id')
  async get(@Param() params: unknown) {
    const request = await this.reader.get(parseInput(idParam, params, 'path').id);
    return requestView(request, new Date(), (await this.reader.targetOf())(request));
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Enter a request received by post or phone, verified by hand' })
  async create(@Body() body: unknown, @CurrentStaff() staff: StaffPrincipal) {
    const input = parseInput(staffCreateBody, body);
    const request = await this.staffIntake.enter(
      {
        type: input.type,
        email: input.email,
        name: input.name ?? null,
        jurisdiction: input.jurisdiction,
        residence: input.residence ?? null,
        details: input.details ?? null,
        corrections: input.corrections ?? null,
        channel: input.channel,
        receivedAt: input.receivedAt ? new Date(input.receivedAt) : new Date(),
        verificationNote: input.verificationNote,
      },
      actorOf(staff),
    );
    return requestView(request);
  }

  @All()
  @Roles(...ANY_ROLE)
  collectionVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET', 'POST']);
  }

  @All(':id')
  @Roles(...ANY_ROLE)
  itemVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET']);
  }
}
