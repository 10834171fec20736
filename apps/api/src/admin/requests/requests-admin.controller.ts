import { All, Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { StaffIntake } from '@dsar/requests';
import { ANY_ROLE, Roles, type StaffPrincipal, StaffOnly } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { IdParam } from '../id-param.js';
import { Listing, ListRoute } from '../listing/list-route.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { actorOf, CurrentStaff } from '../staff-actor.js';
import { staffCreateBody } from './request-admin.schemas.js';
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

  @ListRoute('status, type, jurisdiction, assigneeId, overdue, dueBefore, reference, q, id')
  async list(@Listing('requests') listing: Listing) {
    // The settings (for the target dates) are read beside the page, not before it.
    const [page, target] = await Promise.all([
      this.reader.list(listing.query), // first: a bad query throws before the settings are read
      this.reader.targetOf(),
    ]);
    const now = new Date();
    return listing.answer(page, (row) => requestView(row, now, target(row)));
  }

  @Get(':id')
  async get(@IdParam() id: string) {
    const request = await this.reader.get(id);
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
        language: input.language ?? null,
        details: input.details ?? null,
        corrections: input.corrections ?? null,
        objectionGround: input.objectionGround ?? null,
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
