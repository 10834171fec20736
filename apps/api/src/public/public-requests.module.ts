import { Module } from '@nestjs/common';
import { RequestsModule } from '@dsar/requests';
import { IntakeRateLimitGuard } from './intake-rate-limit.guard.js';
import { PublicRequestsController } from './public-requests.controller.js';

@Module({
  imports: [RequestsModule],
  controllers: [PublicRequestsController],
  providers: [IntakeRateLimitGuard],
})
export class PublicRequestsModule {}
