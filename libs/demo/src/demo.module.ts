import { Module } from '@nestjs/common';
import { DecisionsModule, RequestsModule } from '@dsar/requests';
import { StaffModule } from '@dsar/staff';
import { SystemsModule } from '@dsar/systems';
import { DemoRequests } from './runtime/demo-requests.js';
import { DemoRuntime } from './runtime/demo-runtime.service.js';
import { DemoSeeder } from './runtime/demo-seeder.service.js';

/** The demo tenant in the api process; its systems go through the systems registry. */
@Module({
  imports: [RequestsModule, DecisionsModule, StaffModule, SystemsModule],
  providers: [DemoSeeder, DemoRequests, DemoRuntime],
  exports: [DemoSeeder, DemoRuntime],
})
export class DemoModule {}
