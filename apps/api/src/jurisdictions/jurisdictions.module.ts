import { Module } from '@nestjs/common';
import { JurisdictionsController } from './jurisdictions.controller.js';

@Module({ controllers: [JurisdictionsController] })
export class JurisdictionsModule {}
