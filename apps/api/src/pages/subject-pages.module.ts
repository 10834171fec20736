import { Module } from '@nestjs/common';
import { RequestsModule } from '@dsar/requests';
import { SubjectPagesController } from './subject-pages.controller.js';

@Module({ imports: [RequestsModule], controllers: [SubjectPagesController] })
export class SubjectPagesModule {}
