import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@dsar/domain';
import { RequestEntity, SUBJECT_ACTOR } from '@dsar/persistence';
import { MailOutbox } from '@dsar/mail';
import { isWellFormedToken } from '@dsar/security';
import { RecipientMailLimit } from '../recipient-mail-limit.service.js';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { RequestTokens } from '../request-tokens.service.js';
import { SubjectLinks } from '../subject-links.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { AutoApprovalService } from '../decisions/auto-approval.service.js';

export type VerificationReceipt =
  | { reference: string; status: string; statusToken: string }
  /**
   * A link opened again once the request is confirmed (by it or a newer one): nothing changes,
   * and no new status link is issued; the one in the first mail still works.
   */
  | { reference: string; status: string; alreadyConfirmed: true };

/** The subject's proof of identity: the single-use link mailed to the address given. */
@Injectable()
export class VerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: RequestTokens,
    private readonly lifecycle: RequestLifecycle,
    private readonly links: SubjectLinks,
    private readonly outbox: MailOutbox,
    private readonly mailLimit: RecipientMailLimit,
    private readonly autoApproval: AutoApprovalService,
    private readonly mailer: SubjectMailer,
  ) {}

  /** Malformed 400, unknown 404, used or expired 410; otherwise the request is verified. */
  async verify(token: string, now = new Date()): Promise<VerificationReceipt> {
    const result = await this.dataSource.transaction(async (manager) => {
      // A reused link of a request already confirmed says so, rather than a red refusal.
      const seen = isWellFormedToken(token)
        ? await this.tokens.lookup(manager, 'verification', token, now)
        : null;
      if (seen && seen.state !== 'unknown' && seen.state !== 'valid') {
        const confirmed = await manager.findOne(RequestEntity, {
          where: { id: seen.token.requestId },
          select: { id: true, reference: true, status: true, verifiedAt: true },
        });
        if (confirmed?.verifiedAt && confirmed.status !== 'pending_verification') {
          return { alreadyConfirmed: { reference: confirmed.reference, status: confirmed.status } };
        }
      }
      const found = await this.tokens.requireValid(manager, 'verification', token, now);
      const request = await this.lifecycle.lock(manager, found.requestId);
      if (request.status !== 'pending_verification') {
        throw new DomainError(
          'gone',
          `This request is ${request.status.replace('_', ' ')}; the link no longer applies`,
        );
      }
      await this.tokens.spend(manager, found.id);
      const applied = await this.lifecycle.apply(manager, request.id, 'verify', SUBJECT_ACTOR, {
        patch: { verifiedAt: now, verificationMethod: 'email_link' },
        data: { method: 'email_link' },
        now,
      });
      const statusToken = await this.tokens.issue(manager, request.id, 'status', null, {
        supersede: false,
      });
      // A verified request goes straight on when an auto-approval rule matches.
      const followUp = await this.autoApproval.onVerified(manager, applied.request);
      return { request: applied.request, statusToken, followUp };
    });
    if (result.alreadyConfirmed) {
      const { reference, status } = result.alreadyConfirmed;
      return { reference, status, alreadyConfirmed: true };
    }
    await result.followUp?.afterCommit();
    const current = await this.dataSource.manager.findOneByOrFail(RequestEntity, {
      id: result.request.id,
    });
    return {
      reference: current.reference,
      status: current.status,
      statusToken: result.statusToken,
    };
  }

  /**
   * Always accepted (202): whether the reference and e-mail match is never revealed. When they do,
   * the subject gets fresh links, within the per-recipient mail limit.
   */
  async resend(email: string, reference: string, now = new Date()): Promise<void> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(RequestEntity, { where: { email, reference } });
      if (!request || request.closedAt) return null;
      if (!(await this.mailLimit.allows(manager, email, now))) return null;
      await this.lifecycle.record(manager, request.id, 'fresh_link_sent', SUBJECT_ACTOR);
      const input = await this.links.linkInput(manager, request, now);
      return this.mailer.record(manager, 'fresh_link', input, request.id);
    });
    await this.mailer.dispatch(mail);
  }
}
