import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests.module.js';
import { BulkDecisions } from './bulk-decisions.service.js';
import { PartRefusals } from './part-refusals.service.js';
import { ObjectionDecisions } from './objection-decisions.service.js';
import { RequestDecisions } from './request-decisions.service.js';
import { StaffIntake } from './staff-intake.service.js';

const SERVICES = [RequestDecisions, BulkDecisions, StaffIntake, PartRefusals, ObjectionDecisions];

/** Staff decisions on requests; WORK_PLANNER comes from the (global) fan-out module. */
@Module({ imports: [RequestsModule], providers: SERVICES, exports: SERVICES })
export class DecisionsModule {}
