import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@dsar/domain';
import { RequestEntity, SUBJECT_ACTOR } from '@dsar/persistence';
import { MailOutbox } from '@dsar/mail';
import { isWellFormedToken } from '@dsar/security';
import { SettingsService } from '@dsar/settings';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { RequestTokens } from '../request-tokens.service.js';
import { SubjectLinks } from '../subject-links.js';
import { freshLinkMail } from '../mails/subject-mails.js';
import { AFTER_VERIFIED, type AfterVerifiedHook } from './after-verified.hook.js';

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
    private readonly settings: SettingsService,
    @Optional() @Inject(AFTER_VERIFIED) private readonly afterVerified?: AfterVerifiedHook,
  ) {}

  /** Malformed 400, unknown 404, used or expired 410; otherwise the request is verified. */
  async verify(token: string, now = new Date()): Promise<VerificationReceipt> {
    if (!isWellFormedToken(token)) {
      throw new DomainError('invalid_input', 'The token is malformed', {
        errors: [{ field: 'token', message: 'is not a token we issue' }],
      });
    }
    const result = await this.dataSource.transaction(async (manager) => {
      const found = await this.tokens.lookup(manager, 'verification', token, now);
      if (found.state === 'unknown')
        throw new DomainError('not_found', 'This verification link is not known');
      const confirmed = await manager.findOne(RequestEntity, {
        where: { id: found.token.requestId },
        select: { id: true, reference: true, status: true, verifiedAt: true },
      });
      if (confirmed?.verifiedAt && confirmed.status !== 'pending_verification') {
        return { alreadyConfirmed: { reference: confirmed.reference, status: confirmed.status } };
      }
      if (found.state === 'used')
        throw new DomainError(
          'gone',
          'This verification link has already been used or replaced by a newer one',
        );
      if (found.state === 'expired')
        throw new DomainError('gone', 'This verification link has expired; ask for a fresh one');
      const request = await this.lifecycle.lock(manager, found.token.requestId);
      if (request.status !== 'pending_verification') {
        throw new DomainError(
          'gone',
          `This request is ${request.status.replace('_', ' ')}; the link no longer applies`,
        );
      }
      await this.tokens.spend(manager, found.token.id);
      const applied = await this.lifecycle.apply(manager, request.id, 'verify', SUBJECT_ACTOR, {
        patch: { verifiedAt: now, verificationMethod: 'email_link' },
        data: { method: 'email_link' },
        now,
      });
      const statusToken = await this.tokens.issue(manager, request.id, 'status', null, {
        supersede: false,
      });
      const followUp = this.afterVerified
        ? await this.afterVerified.onVerified(manager, applied.request)
        : null;
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
      const { mailsPerRecipientPerDay } = await this.settings.get(manager);
      const sent = await this.outbox.countSentTo(
        manager,
        email,
        new Date(now.getTime() - 24 * 3600_000),
      );
      if (sent >= mailsPerRecipientPerDay) return null;
      await this.lifecycle.record(manager, request.id, 'fresh_link_sent', SUBJECT_ACTOR);
      const message = await this.links.linkMail(manager, request, freshLinkMail, now);
      return this.outbox.record(manager, 'fresh_link', message, request.id);
    });
    await this.outbox.dispatch(mail);
  }
}
