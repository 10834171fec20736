import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestDecisions } from '@dsar/requests';
import type { StaffPrincipal } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { actorOf, CurrentStaff } from '../staff-actor.js';
import {
  approveBody,
  assignBody,
  cancelBody,
  denyBody,
  extendBody,
  idParam,
  noteBody,
  verifyBody,
} from './request-admin.schemas.js';
import { requestView } from './request.view.js';
import { StaffOnly } from '@dsar/staff';

/** Staff decisions (officers and admins): each answers the request as it now stands. */
@ApiTags('admin: request actions')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/requests/:id')
export class RequestActionsController {
  constructor(private readonly decisions: RequestDecisions) {}

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify the identity by hand, with a note `{note}`' })
  async verify(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const { note } = parseInput(verifyBody, body ?? {});
    return requestView(await this.decisions.verify(id, actorOf(staff), note));
  }

  @Post('approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve: the request is fanned out to every system' })
  async approve(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    parseInput(approveBody, body ?? {});
    return requestView(await this.decisions.approve(id, actorOf(staff)));
  }

  @Post('deny')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Deny `{reasonCode, text}`; the subject is told why and where to complain',
  })
  async deny(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const input = parseInput(denyBody, body ?? {});
    return requestView(await this.decisions.deny(id, actorOf(staff), input.reasonCode, input.text));
  }

  @Post('extend')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Extend the deadline once `{reason}`; the subject is told the new date',
  })
  async extend(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const { reason } = parseInput(extendBody, body ?? {});
    return requestView(await this.decisions.extend(id, actorOf(staff), reason));
  }

  @Post('cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel `{reason?}`; the subject is told' })
  async cancel(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const { reason } = parseInput(cancelBody, body ?? {});
    return requestView(await this.decisions.cancel(id, actorOf(staff), reason ?? null));
  }

  @Post('assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign to a staff member `{assigneeId}` (null unassigns)' })
  async assign(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const { assigneeId } = parseInput(assignBody, body ?? {});
    return requestView(await this.decisions.assign(id, actorOf(staff), assigneeId));
  }

  @Post('note')
  @HttpCode(200)
  @ApiOperation({ summary: 'An internal note on the timeline `{text}`' })
  async note(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const { id } = parseInput(idParam, params, 'path');
    const { text } = parseInput(noteBody, body ?? {});
    return requestView(await this.decisions.note(id, actorOf(staff), text));
  }
}
