import { Module } from '@nestjs/common';
import { StaffModule } from '@dsar/staff';
import { AuthController } from './auth.controller.js';

@Module({ imports: [StaffModule], controllers: [AuthController] })
export class AuthModule {}
