import { Module } from '@nestjs/common';
import { DownloadController } from './download.controller.js';

/** `/download` and `GET /api/admin/requests/:id/package`; services from the global FanoutModule. */
@Module({ controllers: [DownloadController] })
export class PackagesHttpModule {}
