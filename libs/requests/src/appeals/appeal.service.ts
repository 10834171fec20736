import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import {
  appealDecideBy,
  appealOffer,
  appealUpheldRoute,
  DomainError,
  pinnedPack,
} from '@dsar/domain';
import {
  type Actor,
  type AppealOutcome,
  RequestAppealEntity,
  type RequestEntity,
  SUBJECT_ACTOR,
} from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { SubjectStatusService } from '../subject/subject-status.service.js';

/**
 * The subject's appeal of a denial or a completed request, where the regime grants one (the
 * US state laws), within the pack's window; officers uphold it (the subject is told the reasons
 * and the regulator's complaint route) or overturn it (the request goes back for approval).
 */
@Injectable()
export class AppealService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly subjectStatus: SubjectStatusService,
    private readonly mailer: SubjectMailer,
    private readonly settings: SettingsService,
  ) {}

  /** `POST /api/requests/appeal`: the status token, within the window → `appealed`. */
  async ask(token: string, text: string, now = new Date()) {
    const { request, appeal, mail } = await this.dataSource.transaction(async (manager) => {
      const found = await this.subjectStatus.requestFor(manager, token);
      const current = await this.lifecycle.lock(manager, found.id);
      const pack = pinnedPack(current, this.config.controllerTimezone);
      if (await manager.existsBy(RequestAppealEntity, { requestId: current.id })) {
        throw new DomainError('conflict', 'This request has been appealed already', {
          reasonCode: 'already_appealed',
        });
      }
      const offer = appealOffer(pack, current, now, this.config);
      if (!offer.offered || !pack.appeal.applies) {
        const message = offer.offered ? 'no appeal' : offer.message;
        const reason = offer.offered ? 'not_granted' : offer.refusal;
        throw new DomainError('conflict', `Cannot appeal: ${message}`, {
          reasonCode: `appeal_${reason}`,
        });
      }
      const decideBy = appealDecideBy(pack.appeal, now, this.config);
      const { request, from } = await this.lifecycle.apply(
        manager,
        current.id,
        'appeal',
        SUBJECT_ACTOR,
        { data: { decideBy: decideBy.toISOString() }, now },
      );
      const appeal = manager.create(RequestAppealEntity, {
        requestId: request.id,
        text,
        decidedStatus: from,
        askedAt: now,
        decideBy,
      });
      await manager.save(RequestAppealEntity, appeal);
      const input = { ...(await this.context(manager, request)), decideBy };
      return {
        request,
        appeal,
        mail: await this.mailer.record(manager, 'appeal_received', input, request.id),
      };
    });
    await this.mailer.dispatch(mail);
    return {
      reference: request.reference,
      status: request.status,
      appeal: { askedAt: appeal.askedAt, decideBy: appeal.decideBy },
    };
  }

  /** `POST /api/admin/requests/:id/appeal-decision`. */
  async decide(
    requestId: string,
    actor: Actor,
    outcome: AppealOutcome,
    text: string,
    now = new Date(),
  ): Promise<RequestEntity> {
    const { request, mail } = await this.dataSource.transaction(async (manager) => {
      const current = await this.lifecycle.lock(manager, requestId);
      const appeal = await manager.findOneBy(RequestAppealEntity, {
        requestId,
        decidedAt: IsNull(),
      });
      if (!appeal) {
        throw new DomainError('conflict', 'This request has no appeal waiting for a decision', {
          reasonCode: 'no_open_appeal',
        });
      }
      const pack = pinnedPack(current, this.config.controllerTimezone);
      const { request } = await this.lifecycle.apply(
        manager,
        requestId,
        outcome === 'upheld' ? 'uphold_appeal' : 'overturn_appeal',
        actor,
        { reason: text, returnTo: appeal.decidedStatus, data: { outcome }, now },
      );
      await manager.update(RequestAppealEntity, appeal.id, {
        outcome,
        decisionText: text,
        decidedAt: now,
      });
      const context = await this.context(manager, request);
      const mail =
        outcome === 'upheld'
          ? await this.mailer.record(
              manager,
              'appeal_upheld',
              {
                ...context,
                reasons: text,
                complaintRoute: appealUpheldRoute(pack, request.language),
              },
              requestId,
            )
          : await this.mailer.record(
              manager,
              'appeal_overturned',
              { ...context, reasons: text },
              requestId,
            );
      return { request, mail };
    });
    await this.mailer.dispatch(mail);
    return request;
  }

  private async context(manager: EntityManager, request: RequestEntity) {
    const settings = await this.settings.get(manager);
    return {
      request,
      timeZone: this.config.controllerTimezone,
      controllerName: settings.controllerName,
      controllerContact: settings.controllerContact,
    };
  }
}
