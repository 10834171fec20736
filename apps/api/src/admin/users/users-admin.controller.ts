import {
  All,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ANY_ROLE, Roles, StaffAccounts, type StaffPrincipal } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { ListQueryDocs } from '../../openapi/list-query.docs.js';
import { contentRange } from '../listing/list-query.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { idParam } from '../requests/request-admin.schemas.js';
import { actorOf, CurrentStaff } from '../staff-actor.js';
import { createUserBody, updateUserBody } from './users-admin.schemas.js';
import { UserAdminReader, userView } from './users-admin.service.js';

/** `users` (admins only): list, get, create, update; accounts are disabled, never deleted. */
@ApiTags('admin: users')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/users')
export class UsersAdminController {
  constructor(
    private readonly reader: UserAdminReader,
    private readonly accounts: StaffAccounts,
  ) {}

  @Get()
  @ListQueryDocs('id, role, enabled, q')
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const page = await this.reader.list(query);
    response.setHeader(
      'Content-Range',
      contentRange('users', page.start, page.rows.length, page.total),
    );
    return page.rows.map(userView);
  }

  @Get(':id')
  async get(@Param() params: unknown) {
    return userView(await this.accounts.get(parseInput(idParam, params, 'path').id));
  }

  @Post()
  @HttpCode(201)
  async create(@Body() body: unknown, @CurrentStaff() staff: StaffPrincipal) {
    return userView(await this.accounts.create(parseInput(createUserBody, body), actorOf(staff)));
  }

  @Put(':id')
  async update(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const { name, role, enabled, password } = parseInput(updateUserBody, body);
    return userView(
      await this.accounts.update(id, { name, role, enabled, password }, actorOf(staff)),
    );
  }

  @All()
  @Roles(...ANY_ROLE)
  collectionVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET', 'POST']);
  }

  @All(':id')
  @Roles(...ANY_ROLE)
  itemVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET', 'PUT']);
  }
}
