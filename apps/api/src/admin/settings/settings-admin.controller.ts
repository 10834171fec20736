import { All, Body, Controller, Get, Param, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '@dsar/domain';
import { ANY_ROLE, Roles, type StaffPrincipal } from '@dsar/staff';
import { methodNotAllowed } from '../method-not-allowed.js';
import { actorOf, CurrentStaff } from '../staff-actor.js';
import { parseSettingsPatch, SETTINGS_ID, SettingsAdmin } from './settings-admin.service.js';

function requireCurrent(id: string): void {
  if (id !== SETTINGS_ID)
    throw new DomainError('not_found', `Settings are addressed as ${SETTINGS_ID}`);
}

/** `settings` (admins only): get and update, at `/settings` or `/settings/current`. */
@ApiTags('admin: settings')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/settings')
export class SettingsAdminController {
  constructor(private readonly settings: SettingsAdmin) {}

  @Get()
  @ApiOperation({
    summary: 'The policies officers tune (auto-approval, expiry, controller contact…)',
  })
  get() {
    return this.settings.get();
  }

  @Get(':id')
  getCurrent(@Param('id') id: string) {
    requireCurrent(id);
    return this.settings.get();
  }

  @Put()
  update(@Body() body: unknown, @CurrentStaff() staff: StaffPrincipal) {
    return this.settings.update(parseSettingsPatch(body), actorOf(staff));
  }

  @Put(':id')
  updateCurrent(
    @Param('id') id: string,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    requireCurrent(id);
    return this.settings.update(parseSettingsPatch(body), actorOf(staff));
  }

  @All()
  @Roles(...ANY_ROLE)
  collectionVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET', 'PUT']);
  }

  @All(':id')
  @Roles(...ANY_ROLE)
  itemVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET', 'PUT']);
  }
}
