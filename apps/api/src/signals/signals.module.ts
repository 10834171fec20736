import { Module } from '@nestjs/common';
import { RequestsModule } from '@dsar/requests';
import { GpcController } from './gpc.controller.js';

/** Opt-out preference signals (Global Privacy Control). */
@Module({ imports: [RequestsModule], controllers: [GpcController] })
export class SignalsModule {}
