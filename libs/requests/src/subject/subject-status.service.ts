import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { appealOffer, pinnedPack } from '@dsar/domain';
import {
  type AppealOutcome,
  RequestAppealEntity,
  RequestEntity,
  SUBJECT_ACTOR,
} from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { RequestTokens } from '../request-tokens.service.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';

export interface SubjectStatusView {
  reference: string;
  type: string;
  status: string;
  receivedAt: Date;
  dueAt: Date;
  extendedDueAt?: Date;
  completedAt?: Date;
  appeal: AppealView;
  /** The request's language, and the controller's time zone: the page shows dates in both. */
  language: string;
  timeZone: string;
}

/** The appeal on the status page: offered (until when), not offered, or asked and its state. */
export type AppealView =
  | { offered: true; askBy: Date }
  | { offered: false }
  | {
      offered: false;
      askedAt: Date;
      decideBy: Date;
      outcome: AppealOutcome | null;
      decidedAt: Date | null;
    };

/** What the subject sees and may do through the status link. */
@Injectable()
export class SubjectStatusService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly tokens: RequestTokens,
    private readonly lifecycle: RequestLifecycle,
    private readonly mailer: SubjectMailer,
    private readonly settings: SettingsService,
  ) {}

  async status(token: string, now = new Date()): Promise<SubjectStatusView> {
    const manager = this.dataSource.manager;
    const request = await this.requestFor(manager, token);
    return {
      reference: request.reference,
      type: request.type,
      status: request.status,
      receivedAt: request.receivedAt,
      dueAt: request.dueAt,
      ...(request.extendedDueAt ? { extendedDueAt: request.extendedDueAt } : {}),
      ...(request.completedAt ? { completedAt: request.completedAt } : {}),
      appeal: await this.appealView(manager, request, now),
      language: request.language,
      timeZone: this.config.controllerTimezone,
    };
  }

  /** The appeal asked, or whether one is open to the subject under the request's regime. */
  private async appealView(
    manager: EntityManager,
    request: RequestEntity,
    now: Date,
  ): Promise<AppealView> {
    const appeal = await manager.findOne(RequestAppealEntity, {
      where: { requestId: request.id },
      order: { askedAt: 'DESC' },
    });
    if (appeal) {
      return {
        offered: false,
        askedAt: appeal.askedAt,
        decideBy: appeal.decideBy,
        outcome: appeal.outcome,
        decidedAt: appeal.decidedAt,
      };
    }
    const offer = appealOffer(
      pinnedPack(request, this.config.controllerTimezone),
      request,
      now,
      this.config,
    );
    return offer.offered ? { offered: true, askBy: offer.askBy } : { offered: false };
  }

  /** Allowed before work has started; later the lifecycle refuses it (409). */
  async cancel(token: string): Promise<SubjectStatusView> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const request = await this.requestFor(manager, token);
      const { request: cancelled } = await this.lifecycle.apply(
        manager,
        request.id,
        'subject_cancel',
        SUBJECT_ACTOR,
        {
          reason: 'cancelled by the subject',
        },
      );
      const settings = await this.settings.get(manager);
      const input = {
        request: cancelled,
        controllerName: settings.controllerName,
        controllerContact: settings.controllerContact,
      };
      return this.mailer.record(manager, 'cancellation', input, request.id);
    });
    await this.mailer.dispatch(mail);
    return this.status(token);
  }

  /** The request of a status link: malformed 400, unknown 404, ended 410. */
  async requestFor(manager: EntityManager, token: string): Promise<RequestEntity> {
    const found = await this.tokens.requireValid(manager, 'status', token);
    return manager.findOneByOrFail(RequestEntity, { id: found.requestId });
  }

  get timeZone(): string {
    return this.config.controllerTimezone;
  }
}
