import { Body, Controller, Get, HttpCode, Post, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import {
  AppealService,
  ClarificationService,
  IntakeService,
  SubjectStatusService,
  VerificationService,
} from '@dsar/requests';
import { parseInput } from '../http/validation.js';
import { IntakeRateLimitGuard } from './intake-rate-limit.guard.js';
import {
  appealBody,
  clarificationBody,
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
    private readonly clarifications: ClarificationService,
    private readonly appeals: AppealService,
  ) {}

  @Post()
  @HttpCode(202)
  @UseGuards(IntakeRateLimitGuard)
  async submit(@Body() body: unknown, @Res({ passthrough: true }) response: Response) {
    const input = parseInput(submitRequestBody, body);
    const submitted = await this.intake.commit({
      type: input.type,
      email: input.email,
      name: input.name ?? null,
      jurisdiction: input.jurisdiction,
      residence: input.residence ?? null,
      language: input.language ?? null,
      details: input.details ?? null,
      corrections: input.corrections ?? null,
      objectionGround: input.objectionGround ?? null,
    });
    // The request and its mail are committed; relaying the mail to the queue (a transaction and
    // a Redis call of its own) waits until the answer has left. Work a receipt starts goes first.
    if (submitted.onlyRelaysMail) response.once('close', () => void submitted.afterCommit());
    else await submitted.afterCommit();
    return submitted.receipt;
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

  /** The subject answers a question (the link in its mail); the request resumes. */
  @Post('clarification')
  @HttpCode(200)
  clarification(@Body() body: unknown) {
    const input = parseInput(clarificationBody, body);
    return this.clarifications.answer(input.token, input.answer);
  }

  /** An appeal of a denied or completed request, with the status token, within the window. */
  @Post('appeal')
  @HttpCode(202)
  appeal(@Body() body: unknown) {
    const input = parseInput(appealBody, body);
    return this.appeals.ask(input.token, input.text);
  }

  @Post('cancel')
  @HttpCode(200)
  cancel(@Body() body: unknown) {
    return this.subjectStatus.cancel(parseInput(tokenBody, body).token);
  }
}
