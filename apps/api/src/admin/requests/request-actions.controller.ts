import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequestDecisions } from '@dsar/requests';
import { StaffOnly } from '@dsar/staff';
import { Decision, type DecisionCall, DecisionRoute } from './decision-route.js';
import {
  approveBody,
  assignBody,
  cancelBody,
  denyBody,
  extendBody,
  noteBody,
  verifyBody,
} from './request-admin.schemas.js';
import { requestView } from './request.view.js';

/** Staff decisions (officers and admins): each answers the request as it now stands. */
@ApiTags('admin: request actions')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/requests/:id')
export class RequestActionsController {
  constructor(private readonly decisions: RequestDecisions) {}

  @DecisionRoute('verify', 'Verify the identity by hand, with a note `{note}`')
  async verify(@Decision(verifyBody) { id, actor, body }: DecisionCall<typeof verifyBody>) {
    return requestView(await this.decisions.verify(id, actor, body.note));
  }

  @DecisionRoute('approve', 'Approve: the request is fanned out to every system')
  async approve(@Decision(approveBody) { id, actor }: DecisionCall<typeof approveBody>) {
    return requestView(await this.decisions.approve(id, actor));
  }

  @DecisionRoute('deny', 'Deny `{reasonCode, text}`; the subject is told why and where to complain')
  async deny(@Decision(denyBody) { id, actor, body }: DecisionCall<typeof denyBody>) {
    return requestView(await this.decisions.deny(id, actor, body.reasonCode, body.text));
  }

  @DecisionRoute('extend', 'Extend the deadline once `{reason}`; the subject is told the new date')
  async extend(@Decision(extendBody) { id, actor, body }: DecisionCall<typeof extendBody>) {
    return requestView(await this.decisions.extend(id, actor, body.reason));
  }

  @DecisionRoute('cancel', 'Cancel `{reason?}`; the subject is told')
  async cancel(@Decision(cancelBody) { id, actor, body }: DecisionCall<typeof cancelBody>) {
    return requestView(await this.decisions.cancel(id, actor, body.reason ?? null));
  }

  @DecisionRoute('assign', 'Assign to a staff member `{assigneeId}` (null unassigns)')
  async assign(@Decision(assignBody) { id, actor, body }: DecisionCall<typeof assignBody>) {
    return requestView(await this.decisions.assign(id, actor, body.assigneeId));
  }

  @DecisionRoute('note', 'An internal note on the timeline `{text}`')
  async note(@Decision(noteBody) { id, actor, body }: DecisionCall<typeof noteBody>) {
    return requestView(await this.decisions.note(id, actor, body.text));
  }
}
