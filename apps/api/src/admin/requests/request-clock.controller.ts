import { Controller, Get, Inject, Param } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { requestClock } from '@dsar/domain';
import { pausesOf } from '@dsar/requests';
import { StaffOnly } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { idParam } from './request-admin.schemas.js';
import { RequestAdminReader } from './request-admin.service.js';

/** `GET /api/admin/requests/:id/clock`: the request's legal clock, explained with citations. */
@ApiTags('admin: requests')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/requests')
export class RequestClockController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly reader: RequestAdminReader,
  ) {}

  @Get(':id/clock')
  @ApiOperation({ summary: 'Due dates, clock segments and the rule trace with citations' })
  async clock(@Param() params: unknown) {
    const request = await this.reader.get(parseInput(idParam, params, 'path').id);
    return requestClock(request, this.config, await pausesOf(this.dataSource.manager, request.id));
  }
}
