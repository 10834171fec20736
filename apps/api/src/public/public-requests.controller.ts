import { Body, Controller, Get, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { IntakeService, SubjectStatusService, VerificationService } from '@dsar/requests';
import { parseInput } from '../http/validation.js';
import { IntakeRateLimitGuard } from './intake-rate-limit.guard.js';
import {
  resendBody,
  statusQuery,
  submitRequestBody,
  tokenBody,
} from './public-requests.schemas.js';
import { Public } from '@dsar/staff';

/** The public API of the contract: no login; every body validated here, nothing else. */
@Public()
@Controller('requests')
export class PublicRequestsController {
  constructor(
    private readonly intake: IntakeService,
    private readonly verification: VerificationService,
    private readonly subjectStatus: SubjectStatusService,
  ) {}

  @Post()
  @HttpCode(202)
  @UseGuards(IntakeRateLimitGuard)
  submit(@Body() body: unknown) {
    const input = parseInput(submitRequestBody, body);
    return this.intake.submit({
      type: input.type,
      email: input.email,
      name: input.name ?? null,
      jurisdiction: input.jurisdiction,
      details: input.details ?? null,
      corrections: input.corrections ?? null,
    });
  }

  @Post('verify')
  @HttpCode(200)
  verify(@Body() body: unknown) {
    return this.verification.verify(parseInput(tokenBody, body).token);
  }

  @Post('resend')
  @HttpCode(202)
  @UseGuards(IntakeRateLimitGuard)
  async resend(@Body() body: unknown) {
    const input = parseInput(resendBody, body);
    await this.verification.resend(input.email, input.reference);
    return {
      message: 'If the reference and e-mail match an open request, fresh links are on their way.',
    };
  }

  @Get('status')
  status(@Query() query: unknown) {
    return this.subjectStatus.status(parseInput(statusQuery, query, 'query').token);
  }

  @Post('cancel')
  @HttpCode(200)
  cancel(@Body() body: unknown) {
    return this.subjectStatus.cancel(parseInput(tokenBody, body).token);
  }
}
