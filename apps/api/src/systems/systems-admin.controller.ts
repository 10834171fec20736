import {
  All,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ANY_ROLE, Roles, type StaffPrincipal, StaffOnly } from '@dsar/staff';
import { RequestPreviewService, systemInput, SystemsService, systemUpdate } from '@dsar/systems';
import { parseInput } from '../http/validation.js';
import { IdParam } from '../admin/id-param.js';
import { Listing, ListRoute } from '../admin/listing/list-route.js';
import { methodNotAllowed } from '../admin/method-not-allowed.js';
import { idParam } from '../admin/requests/request-admin.schemas.js';
import { actorOf, CurrentStaff } from '../admin/staff-actor.js';
import { SystemListReader } from './system-list.js';

/** `systems`: every role reads; admins create, update, delete and test. */
@ApiTags('admin: systems')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/systems')
export class SystemsAdminController {
  constructor(
    private readonly reader: SystemListReader,
    private readonly systems: SystemsService,
  ) {}

  @ListRoute('id, kind, enabled, q')
  async list(@Listing('systems') listing: Listing) {
    return listing.answer(await this.reader.list(listing.query), (row) => this.systems.view(row));
  }

  @Get(':id')
  async get(@IdParam() id: string) {
    return this.systems.view(await this.systems.get(id));
  }

  @Post()
  @Roles('admin')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a system; a generated secret is returned once (`revealed`)' })
  create(@Body() body: unknown, @CurrentStaff() staff: StaffPrincipal) {
    return this.systems.create(parseInput(systemInput, body), actorOf(staff));
  }

  @Put(':id')
  @Roles('admin')
  update(@Param() params: unknown, @Body() body: unknown, @CurrentStaff() staff: StaffPrincipal) {
    const { id } = parseInput(idParam, params, 'path');
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = parseInput(systemUpdate, body);
    return this.systems.update(id, input, actorOf(staff));
  }

  @Delete(':id')
  @Roles('admin')
  remove(@Param() params: unknown, @CurrentStaff() staff: StaffPrincipal) {
    return this.systems.remove(parseInput(idParam, params, 'path').id, actorOf(staff));
  }

  @Post(':id/test')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Try the connection; says what failed' })
  test(@Param() params: unknown, @CurrentStaff() staff: StaffPrincipal) {
    return this.systems.test(parseInput(idParam, params, 'path').id, actorOf(staff));
  }

  @All()
  @Roles(...ANY_ROLE)
  collectionVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET', 'POST']);
  }

  @All(':id')
  @Roles(...ANY_ROLE)
  itemVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET', 'PUT', 'DELETE']);
  }
}

/** Before approval: what an erasure or rectification would change (officers and admins). */
@ApiTags('admin: request actions')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/requests/:id')
export class RequestPreviewController {
  constructor(private readonly previews: RequestPreviewService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Row and field counts per system and table; changes nothing' })
  preview(@Param() params: unknown, @Body() body: unknown) {
    const { id } = parseInput(idParam, params, 'path');
    parseInput(previewBody, body ?? {});
    return this.previews.preview(id);
  }
}

const previewBody = z.object({}).strict();
