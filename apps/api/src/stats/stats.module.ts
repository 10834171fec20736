import { Module } from '@nestjs/common';
import { StatsController } from './stats.controller.js';
import { DashboardStatsReader, PeriodReportReader } from './stats.service.js';

@Module({ controllers: [StatsController], providers: [DashboardStatsReader, PeriodReportReader] })
export class StatsModule {}
