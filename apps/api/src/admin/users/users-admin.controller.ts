import { All, Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ANY_ROLE, Roles, StaffAccounts, type StaffPrincipal } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { IdParam } from '../id-param.js';
import { Listing, ListRoute } from '../listing/list-route.js';
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

  @ListRoute('id, role, enabled, q')
  async list(@Listing('users') listing: Listing) {
    return listing.answer(await this.reader.list(listing.query), userView);
  }

  @Get(':id')
  async get(@IdParam() id: string) {
    return userView(await this.accounts.get(id));
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
