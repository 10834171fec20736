import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DEFAULT_LANGUAGE, DomainError } from '@dsar/domain';
import { type Actor, appendAuditEvent, RequestEntity } from '@dsar/persistence';
import type { SubmitRequestCommand } from '../intake/intake.service.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { regimeFields } from '../intake/regime-fields.js';
import { nextRequestReference } from '../request-reference.js';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { SubjectLinks } from '../subject-links.js';
import { ActOnReceipt } from './act-on-receipt.service.js';
import { AutoApprovalService } from './auto-approval.service.js';

export interface StaffIntakeCommand extends SubmitRequestCommand {
  /** Staff always have an address to answer (only a browser's GPC signal comes without one). */
  email: string;
  channel: 'post' | 'phone';
  /** When the letter or call came in: the legal clock starts there, not at data entry. */
  receivedAt: Date;
  /** How the identity was checked by hand. */
  verificationNote: string;
}

/**
 * A request received by post or phone, entered by staff and verified by hand in the same
 * transaction; the subject gets the acknowledgement with a status link (no verification link).
 */
@Injectable()
export class StaffIntake {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly links: SubjectLinks,
    private readonly mailer: SubjectMailer,
    private readonly autoApproval: AutoApprovalService,
    private readonly actOnReceipt: ActOnReceipt,
  ) {}

  async enter(command: StaffIntakeCommand, actor: Actor, now = new Date()): Promise<RequestEntity> {
    if (command.receivedAt.getTime() > now.getTime()) {
      throw new DomainError('invalid_input', 'The request body is invalid', {
        errors: [{ field: 'receivedAt', message: 'must not be in the future' }],
      });
    }
    const { request, mail, approved } = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.save(
        RequestEntity,
        manager.create(RequestEntity, {
          reference: await nextRequestReference(manager, command.receivedAt),
          type: command.type,
          status: 'pending_verification',
          ...regimeFields(command, command.receivedAt, this.config),
          email: command.email,
          name: command.name,
          language: command.language ?? DEFAULT_LANGUAGE,
          details: command.details,
          corrections: command.corrections,
          objectionGround: command.objectionGround ?? null,
          source: 'staff',
          receivedAt: command.receivedAt,
          identities: { email: [command.email] },
        }),
      );
      await appendAuditEvent(manager, {
        requestId: stored.id,
        actor,
        action: 'submitted',
        toStatus: stored.status,
        data: {
          source: 'staff',
          channel: command.channel,
          type: stored.type,
          jurisdiction: stored.jurisdiction,
        },
      });
      const { request } = await this.lifecycle.apply(manager, stored.id, 'verify', actor, {
        reason: command.verificationNote,
        patch: { verifiedAt: now, verificationMethod: 'manual' },
        data: { method: 'manual' },
        now,
      });
      // A right that needs no verification goes to processing at once, rules or not.
      const approved =
        (await this.actOnReceipt.maybeStart(manager, request)) ||
        (await this.autoApproval.maybeApprove(manager, request));
      const input = await this.links.linkInput(manager, request, now);
      const mail = await this.mailer.record(manager, 'acknowledgement', input, request.id);
      return { request, mail, approved };
    });
    await this.mailer.dispatch(mail);
    if (approved) await this.autoApproval.afterCommit(request.id);
    return request;
  }
}
