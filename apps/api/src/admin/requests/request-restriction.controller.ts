import { Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RestrictionLifting } from '@dsar/fanout';
import { type StaffPrincipal, StaffOnly } from '@dsar/staff';
import { z } from 'zod';
import { parseInput } from '../../http/validation.js';
import { actorOf, staffOf } from '../staff-actor.js';
import { Decision, type DecisionCall, DecisionRoute } from './decision-route.js';
import { approveBody, idParam } from './request-admin.schemas.js';
import { RequestAdminReader } from './request-admin.service.js';
import { requestView } from './request.view.js';

/**
 * GDPR Art. 18: the systems a restriction reached, and its lifting (the subject told first). The
 * contract names `lift-restriction` only; the list per system and the lifting recorded by hand are
 * our additions to it, marked so in the OpenAPI document (`x-contract: addition`).
 */
@ApiTags('admin: request actions')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/requests/:id')
export class RequestRestrictionController {
  constructor(
    private readonly lifting: RestrictionLifting,
    private readonly reader: RequestAdminReader,
  ) {}

  @DecisionRoute(
    'lift-restriction',
    'Lift the restriction: the subject is mailed first (Art. 18(3)), then each system lifts it',
  )
  async lift(@Decision(approveBody) { id, actor }: DecisionCall<typeof approveBody>) {
    return requestView(await this.lifting.request(id, actor));
  }

  @Get('restrictions')
  @ApiOperation({
    summary: 'The systems that restricted the data, and when it was lifted',
    description: 'An addition to the contract: how and when the lifting reached each system.',
  })
  @ApiExtension('x-contract', 'addition')
  async restricted(@Param() params: unknown) {
    const request = await this.reader.get(parseInput(idParam, params, 'path').id);
    return this.lifting.restricted(request.id);
  }

  @Post('restrictions/:taskId/lifted')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Record that a system's owner lifted the restriction by hand (a manual system), after the lifting asked for it",
    description:
      'An addition to the contract (which names `lift-restriction` only): no body; closes the ' +
      'open `by_hand` lifting of one system (audited as `restriction_lifted_by_hand`) and ' +
      'answers that system as `GET …/restrictions` lists it. A task with no lifting by hand ' +
      'waiting (not lifted yet, lifted already, or lifted by its connector) is a 409 ' +
      '`nothing_to_lift`.',
  })
  @ApiExtension('x-contract', 'addition')
  @ApiParam({ name: 'taskId', description: 'The store task of the system (GET …/restrictions)' })
  async liftedByHand(@Param() params: unknown, @Req() http: { staff?: StaffPrincipal }) {
    const { id, taskId } = parseInput(liftedParams, params, 'path');
    const request = await this.reader.get(id);
    return this.lifting.liftedByHand(request.id, taskId, actorOf(staffOf(http)));
  }
}

const liftedParams = z
  .object({ id: z.uuid('must be a UUID'), taskId: z.uuid('must be a UUID') })
  .strict();
