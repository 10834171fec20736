import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardStatsReader } from './stats.service.js';
import { StaffOnly } from '@dsar/staff';

/** `GET /api/admin/stats`: the dashboard's figures, for every staff role (the global guard). */
@ApiTags('admin: dashboard')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/stats')
export class StatsController {
  constructor(private readonly stats: DashboardStatsReader) {}

  @Get()
  @ApiOperation({
    summary:
      'Open requests by status, due this week, overdue, median days to complete (90 days), received and completed per week',
  })
  read() {
    return this.stats.read();
  }
}
