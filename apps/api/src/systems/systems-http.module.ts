import { Module } from '@nestjs/common';
import { StaffModule } from '@dsar/staff';
import { SystemsModule } from '@dsar/systems';
import { SystemListReader } from './system-list.js';
import { RequestPreviewController, SystemsAdminController } from './systems-admin.controller.js';

/** `/api/admin/systems` and the request preview, over the registry of libs/systems. */
@Module({
  imports: [StaffModule, SystemsModule],
  controllers: [SystemsAdminController, RequestPreviewController],
  providers: [SystemListReader],
})
export class SystemsHttpModule {}
