import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { RequestAppealEntity, RequestPauseEntity } from '@dsar/persistence';
import { AppealService, ClarificationService, RegimeChangeService } from '@dsar/requests';
import { type StaffPrincipal, StaffOnly } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { actorOf, CurrentStaff } from '../staff-actor.js';
import { appealDecisionBody, clarifyBody, idParam, regimeBody } from './request-admin.schemas.js';
import { RequestAdminReader } from './request-admin.service.js';
import { requestView } from './request.view.js';

/** The request's regime: its change, questions to the subject (the clock pauses where the regime allows) and appeals. */
@ApiTags('admin: request actions')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/requests/:id')
export class RequestRegimeController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: RequestAdminReader,
    private readonly clarifications: ClarificationService,
    private readonly appeals: AppealService,
    private readonly regimes: RegimeChangeService,
  ) {}

  @Post('regime')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Put the request under another regime `{jurisdiction, reason}`: audited, the dates counted afresh, the subject told',
  })
  async changeRegime(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const input = parseInput(regimeBody, body ?? {});
    return requestView(
      await this.regimes.change(id, actorOf(staff), input.jurisdiction, input.reason),
    );
  }

  @Post('clarify')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Ask the subject `{question}` → awaiting_subject; the clock pauses where the regime allows',
  })
  async clarify(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const { question } = parseInput(clarifyBody, body ?? {});
    return requestView(await this.clarifications.ask(id, actorOf(staff), question));
  }

  @Post('appeal-decision')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Decide the appeal `{outcome: upheld | overturned, text}`; upheld mails the reasons and the complaint route, overturned reopens the request',
  })
  async decideAppeal(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const input = parseInput(appealDecisionBody, body ?? {});
    return requestView(await this.appeals.decide(id, actorOf(staff), input.outcome, input.text));
  }

  @Get('pauses')
  @ApiOperation({ summary: 'The questions asked of the subject, their answers and the waits' })
  async pauses(@Param() params: unknown) {
    const request = await this.reader.get(parseInput(idParam, params, 'path').id);
    return this.dataSource.manager.find(RequestPauseEntity, {
      where: { requestId: request.id },
      order: { startedAt: 'ASC' },
    });
  }

  @Get('appeals')
  @ApiOperation({ summary: "The subject's appeals and their decisions" })
  async appealList(@Param() params: unknown) {
    const request = await this.reader.get(parseInput(idParam, params, 'path').id);
    return this.dataSource.manager.find(RequestAppealEntity, {
      where: { requestId: request.id },
      order: { askedAt: 'ASC' },
    });
  }
}
