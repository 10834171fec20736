import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import {
  acknowledgeBy,
  computeDueAt,
  computeExtendedDueAt,
  datesAfterPauses,
  DomainError,
  intakeRegime,
  regimeTitle,
} from '@dsar/domain';
import type { Actor, RequestEntity } from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { pausesOf } from '../pauses/clarification.service.js';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import type { SubjectMailInput } from '../mails/subject-mail.registry.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';

/**
 * Staff put a request under another regime (the residence was wrong, a second law applies), with
 * a reason: the new pack is pinned, the dates are counted afresh from receipt under it (the
 * waits it lets stop the clock included), the change is audited and the subject told the date.
 */
@Injectable()
export class RegimeChangeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly mailer: SubjectMailer,
    private readonly settings: SettingsService,
  ) {}

  async change(
    requestId: string,
    actor: Actor,
    jurisdiction: string,
    reason: string,
    now = new Date(),
  ): Promise<RequestEntity> {
    const { request, mail } = await this.dataSource.transaction(async (manager) => {
      const current = await this.lifecycle.lock(manager, requestId);
      if (current.jurisdiction === jurisdiction) {
        throw DomainError.invalidInput('The request body is invalid', [
          { field: 'jurisdiction', message: `is already the regime of ${current.reference}` },
        ]);
      }
      // A regime that does not grant the right asked for is refused, as at intake.
      const pack = intakeRegime(
        { jurisdiction, type: current.type },
        current.receivedAt,
        this.config,
      );
      const counted = {
        ...current,
        jurisdiction: pack.code,
        dueAt: computeDueAt(current.receivedAt, pack, this.config, current.type),
        extendedDueAt: current.extendedDueAt
          ? computeExtendedDueAt(current.receivedAt, pack, this.config, current.type)
          : null,
      };
      const dates = datesAfterPauses(counted, this.config, await pausesOf(manager, requestId));
      const from = { jurisdiction: current.jurisdiction, version: current.policyVersion };
      const { request } = await this.lifecycle.apply(manager, requestId, 'change_regime', actor, {
        reason,
        patch: {
          jurisdiction: pack.code,
          policyVersion: pack.version,
          ...dates,
          acknowledgeBy: acknowledgeBy(current.receivedAt, pack, this.config),
        },
        data: {
          from,
          to: { jurisdiction: pack.code, version: pack.version },
          dueAt: dates.dueAt.toISOString(),
          extendedDueAt: dates.extendedDueAt?.toISOString() ?? null,
        },
        now,
      });
      const settings = await this.settings.get(manager);
      const input: SubjectMailInput<'regime_changed'> = {
        request,
        timeZone: this.config.controllerTimezone,
        controllerName: settings.controllerName,
        controllerContact: settings.controllerContact,
        regime: regimeTitle(pack, request.language),
        dueAt: dates.extendedDueAt ?? dates.dueAt,
      };
      return {
        request,
        mail: await this.mailer.record(manager, 'regime_changed', input, requestId),
      };
    });
    await this.mailer.dispatch(mail);
    return request;
  }
}
