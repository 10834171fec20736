import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type RequestEntity, SYSTEM_ACTOR } from '@dsar/persistence';
import { SettingsService, type Settings } from '@dsar/settings';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { WORK_PLANNER, type WorkPlanner } from './work-planner.js';

/** The first rule that lets this request go straight on, or undefined. */
export function matchingAutoApprovalRule(
  rules: Settings['autoApproval'],
  request: Pick<RequestEntity, 'type' | 'jurisdiction'>,
): Settings['autoApproval'][number] | undefined {
  return rules.find(
    (rule) =>
      rule.type === request.type &&
      (rule.jurisdiction === undefined || rule.jurisdiction === request.jurisdiction),
  );
}

/**
 * Auto-approval (off by default): a verified request whose type and jurisdiction a rule names is
 * approved by the system, in the verification's transaction, and handed to the fan-out.
 */
@Injectable()
export class AutoApprovalService {
  constructor(
    private readonly lifecycle: RequestLifecycle,
    private readonly settings: SettingsService,
    @Inject(WORK_PLANNER) private readonly planner: WorkPlanner,
  ) {}

  /** Approves when a rule matches; the caller then calls `afterCommit` once it has committed. */
  async maybeApprove(manager: EntityManager, request: RequestEntity): Promise<boolean> {
    if (request.status !== 'awaiting_approval') return false;
    const { autoApproval } = await this.settings.get(manager);
    const rule = matchingAutoApprovalRule(autoApproval, request);
    if (!rule) return false;
    const applied = await this.lifecycle.apply(manager, request.id, 'approve', SYSTEM_ACTOR, {
      reason: 'auto_approval',
      data: { rule: { type: rule.type, jurisdiction: rule.jurisdiction ?? null } },
    });
    await this.planner.plan(manager, applied.request);
    Object.assign(request, applied.request);
    return true;
  }

  /** Enqueues the approved work once the transaction that approved it has committed. */
  async afterCommit(requestId: string): Promise<void> {
    await this.planner.afterCommit(requestId);
  }

  /** After the public verification: approves in its transaction when a rule matches. */
  async onVerified(manager: EntityManager, request: RequestEntity) {
    if (!(await this.maybeApprove(manager, request))) return null;
    return { afterCommit: () => this.afterCommit(request.id) };
  }
}
