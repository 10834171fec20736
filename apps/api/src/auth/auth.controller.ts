import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { ANY_ROLE, Roles, StaffSessions, type StaffPrincipal, Public } from '@dsar/staff';
import { parseInput } from '../http/validation.js';
import { CurrentStaff } from '../admin/staff-actor.js';

const loginBody = z
  .object({ email: z.string().trim().max(254), password: z.string().min(1).max(200) })
  .strict();

/** Staff sign-in: a bearer token that expires; logout ends it at once. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly sessions: StaffSessions) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: '`{email, password}` → `{token, expiresAt, user}`; 429 after repeated failures',
  })
  login(@Body() body: unknown, @Req() request: Request) {
    const { email, password } = parseInput(loginBody, body);
    return this.sessions.login(email, password, request.ip ?? 'unknown');
  }

  @Post('logout')
  @HttpCode(204)
  @Roles(...ANY_ROLE)
  @ApiBearerAuth()
  async logout(@CurrentStaff() staff: StaffPrincipal): Promise<void> {
    await this.sessions.logout(staff.sessionId);
  }

  @Get('me')
  @Roles(...ANY_ROLE)
  @ApiBearerAuth()
  me(@CurrentStaff() staff: StaffPrincipal) {
    return { id: staff.id, email: staff.email, name: staff.name, role: staff.role };
  }
}
