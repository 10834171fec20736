import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { RequestEntity, SUBJECT_ACTOR } from '@dsar/persistence';
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
}

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

  async status(token: string): Promise<SubjectStatusView> {
    const request = await this.requestFor(this.dataSource.manager, token);
    return {
      reference: request.reference,
      type: request.type,
      status: request.status,
      receivedAt: request.receivedAt,
      dueAt: request.dueAt,
      ...(request.extendedDueAt ? { extendedDueAt: request.extendedDueAt } : {}),
      ...(request.completedAt ? { completedAt: request.completedAt } : {}),
    };
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

  private async requestFor(manager: EntityManager, token: string): Promise<RequestEntity> {
    const found = await this.tokens.requireValid(manager, 'status', token);
    return manager.findOneByOrFail(RequestEntity, { id: found.requestId });
  }

  get timeZone(): string {
    return this.config.controllerTimezone;
  }
}
