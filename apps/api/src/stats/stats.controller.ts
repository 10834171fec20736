import { Controller, Get, Query } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../http/validation.js';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardStatsReader, PeriodReportReader } from './stats.service.js';
import { StaffOnly } from '@dsar/staff';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), 'is not a calendar day');
const periodQuery = z
  .object({ from: day.optional(), to: day.optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'must not be after `to`',
    path: ['from'],
  });

/** `GET /api/admin/stats`: the dashboard's figures, for every staff role (the global guard). */
@ApiTags('admin: dashboard')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/stats')
export class StatsController {
  constructor(
    private readonly stats: DashboardStatsReader,
    private readonly periods: PeriodReportReader,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Open requests by status, type and jurisdiction, due this week, overdue, median days to complete (90 days), received and completed per week; for the period ?from=&to= (days, default the last 90): received, completed, on time, median and 90th-percentile days to complete, per month',
  })
  async read(@Query() query: unknown) {
    const { from, to } = parseInput(periodQuery, query ?? {}, 'query');
    const [figures, open, period] = await Promise.all([
      this.stats.read(),
      this.periods.openBreakdown(),
      this.periods.read(from, to),
    ]);
    return { ...figures, ...open, period };
  }
}
