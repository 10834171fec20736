import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { exemptionsUnder } from '@dsar/domain';
import { ObjectionDecisions, PartRefusals } from '@dsar/requests';
import { StaffOnly } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { Decision, type DecisionCall, DecisionRoute } from './decision-route.js';
import {
  denyExemptionBody,
  idParam,
  objectionDecisionBody,
  refusePartBody,
} from './request-admin.schemas.js';
import { RequestAdminReader } from './request-admin.service.js';
import { requestView } from './request.view.js';

/** Partial answers: refusing part of a request, or all of it after approval, on an exemption. */
@ApiTags('admin: request actions')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/requests/:id')
export class RequestRefusalsController {
  constructor(
    private readonly refusals: PartRefusals,
    private readonly reader: RequestAdminReader,
    private readonly objections: ObjectionDecisions,
  ) {}

  @DecisionRoute(
    'objection-decision',
    'Weigh an Art. 21(1) objection in one system `{systemId, outcome: upheld | compelling_grounds, text}`',
  )
  async objectionDecision(
    @Decision(objectionDecisionBody)
    { id, actor, body }: DecisionCall<typeof objectionDecisionBody>,
  ) {
    return requestView(
      await this.objections.decide(id, actor, body.systemId, body.outcome, body.text),
    );
  }

  @DecisionRoute(
    'refuse-part',
    'Refuse one system or data category `{systemId | category, exemptionCode, text}`; the answer says what and why',
  )
  async refusePart(
    @Decision(refusePartBody) { id, actor, body }: DecisionCall<typeof refusePartBody>,
  ) {
    const part = body.systemId
      ? { scope: 'system' as const, systemId: body.systemId }
      : { scope: 'category' as const, category: body.category! };
    return requestView(
      await this.refusals.refusePart(id, actor, part, body.exemptionCode, body.text),
    );
  }

  @DecisionRoute(
    'deny-exemption',
    'After approval, deny on an exemption `{exemptionCode, text}`; open work stops, the subject is told why and where to complain',
  )
  async denyExemption(
    @Decision(denyExemptionBody) { id, actor, body }: DecisionCall<typeof denyExemptionBody>,
  ) {
    return requestView(
      await this.refusals.denyForExemption(id, actor, body.exemptionCode, body.text),
    );
  }

  @Get('refusals')
  @ApiOperation({ summary: 'The parts of the request refused, with their exemptions' })
  async list(@Param() params: unknown) {
    const request = await this.reader.get(parseInput(idParam, params, 'path').id);
    return this.refusals.list(request.id);
  }

  @Get('exemptions')
  @ApiOperation({ summary: "The exemptions the request's regime offers, each with its citation" })
  async exemptions(@Param() params: unknown) {
    const request = await this.reader.get(parseInput(idParam, params, 'path').id);
    return exemptionsUnder(request.jurisdiction);
  }
}
