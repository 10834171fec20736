import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BulkDecisions } from '@dsar/requests';
import { StaffOnly, type StaffPrincipal } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { actorOf, CurrentStaff } from '../staff-actor.js';
import { bulkApproveBody, bulkAssignBody, bulkDenyBody } from './request-admin.schemas.js';

/**
 * The queue's bulk actions (officers and admins, as the single ones): each answers
 * `{done: [ids], refused: [{id, reason}]}`; a refused request is left as it was.
 * Registered before the `:id` actions so `bulk` is never taken for a request id.
 */
@ApiTags('admin: request actions')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/requests/bulk')
export class BulkActionsController {
  constructor(private readonly decisions: BulkDecisions) {}

  @Post('approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve many `{ids}` (at most 2,000): each is fanned out' })
  async approve(@Body() body: unknown, @CurrentStaff() staff: StaffPrincipal) {
    const { ids } = parseInput(bulkApproveBody, body ?? {});
    return this.decisions.approve(ids, actorOf(staff));
  }

  @Post('assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign many `{ids, assigneeId}` (null unassigns)' })
  async assign(@Body() body: unknown, @CurrentStaff() staff: StaffPrincipal) {
    const { ids, assigneeId } = parseInput(bulkAssignBody, body ?? {});
    return this.decisions.assign(ids, actorOf(staff), assigneeId);
  }

  @Post('deny')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deny many `{ids, reasonCode, text}`; each subject is told why' })
  async deny(@Body() body: unknown, @CurrentStaff() staff: StaffPrincipal) {
    const input = parseInput(bulkDenyBody, body ?? {});
    return this.decisions.deny(input.ids, actorOf(staff), input.reasonCode, input.text);
  }
}
