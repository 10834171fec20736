import { Module } from '@nestjs/common';
import { StatsController } from './stats.controller.js';
import { DashboardStatsReader } from './stats.service.js';

@Module({ controllers: [StatsController], providers: [DashboardStatsReader] })
export class StatsModule {}
