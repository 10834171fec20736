import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { type ClockPause, DomainError, pinnedPack, pausedDueDates } from '@dsar/domain';
import { type Actor, RequestPauseEntity, SUBJECT_ACTOR } from '@dsar/persistence';
import { isWellFormedToken } from '@dsar/security';
import { SettingsService } from '@dsar/settings';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { RequestTokens } from '../request-tokens.service.js';
import type { SubjectMailInput } from '../mails/subject-mail.registry.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';

/** How long the subject's reply link works: long enough to find what was asked for. */
const REPLY_LINK_DAYS = 60;

export interface ClarificationReceipt {
  reference: string;
  status: string;
  dueAt: Date;
  extendedDueAt?: Date;
}

/** The pauses of a request as the clock reads them. */
export async function pausesOf(manager: EntityManager, requestId: string): Promise<ClockPause[]> {
  const rows = await manager.find(RequestPauseEntity, {
    where: { requestId },
    order: { startedAt: 'ASC' },
  });
  return rows.map((row) => ({ from: row.startedAt, to: row.endedAt, reason: row.reason }));
}

/**
 * Staff ask the subject a question (`awaiting_subject`); the answer returns the request to the
 * status it left. The legal date moves by the time waited only where the request's pack lets a
 * clarification stop the clock (UK GDPR Art. 12A), never under the others.
 */
@Injectable()
export class ClarificationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly tokens: RequestTokens,
    private readonly mailer: SubjectMailer,
    private readonly settings: SettingsService,
  ) {}

  async ask(requestId: string, actor: Actor, question: string, now = new Date()) {
    const { request, mail } = await this.dataSource.transaction(async (manager) => {
      const pack = pinnedPack(
        await this.lifecycle.lock(manager, requestId),
        this.config.controllerTimezone,
      );
      const clockStops = pack.pauses.reasons.includes('clarification');
      const { request, from } = await this.lifecycle.apply(manager, requestId, 'clarify', actor, {
        reason: question,
        data: { pauseReason: 'clarification', clockStops },
        now,
      });
      await manager.insert(RequestPauseEntity, {
        requestId,
        reason: 'clarification',
        question,
        resumeStatus: from,
        startedAt: now,
      });
      const token = await this.tokens.issue(
        manager,
        requestId,
        'clarification',
        new Date(now.getTime() + REPLY_LINK_DAYS * 86_400_000),
      );
      const settings = await this.settings.get(manager);
      const input: SubjectMailInput<'clarification'> = {
        request,
        timeZone: this.config.controllerTimezone,
        controllerName: settings.controllerName,
        controllerContact: settings.controllerContact,
        question,
        replyUrl: `${this.config.publicUrl}/clarify?token=${token}`,
        clockStops,
      };
      return {
        request,
        mail: await this.mailer.record(manager, 'clarification', input, requestId),
      };
    });
    await this.mailer.dispatch(mail);
    return request;
  }

  /** Malformed 400, unknown 404, used or expired 410; the answer resumes the request. */
  async answer(token: string, answer: string, now = new Date()): Promise<ClarificationReceipt> {
    if (!isWellFormedToken(token)) {
      throw new DomainError('invalid_input', 'The token is malformed', {
        errors: [{ field: 'token', message: 'is not a token we issue' }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const found = await this.tokens.lookup(manager, 'clarification', token, now);
      if (found.state === 'unknown')
        throw new DomainError('not_found', 'This reply link is not known');
      if (found.state !== 'valid') {
        throw new DomainError('gone', 'This reply link has already been used or has expired');
      }
      const current = await this.lifecycle.lock(manager, found.token.requestId);
      const pause = await manager.findOneBy(RequestPauseEntity, {
        requestId: current.id,
        endedAt: IsNull(),
      });
      if (!pause) {
        throw new DomainError(
          'gone',
          `This request is ${current.status.replace(/_/g, ' ')}; no question is waiting`,
        );
      }
      const earlier = (await pausesOf(manager, current.id)).filter((p) => p.to !== null);
      const ended = { from: pause.startedAt, to: now, reason: pause.reason };
      const dates = pausedDueDates(current, this.config, earlier, ended);
      await manager.update(RequestPauseEntity, pause.id, { endedAt: now, answer });
      const { request } = await this.lifecycle.apply(
        manager,
        current.id,
        'clarification_answered',
        SUBJECT_ACTOR,
        {
          returnTo: pause.resumeStatus,
          patch: dates,
          data: {
            pauseReason: pause.reason,
            dueAt: dates.dueAt.toISOString(),
            movedBy: dates.dueAt.getTime() - current.dueAt.getTime(),
          },
          now,
        },
      );
      await this.tokens.spend(manager, found.token.id);
      return {
        reference: request.reference,
        status: request.status,
        dueAt: request.dueAt,
        ...(request.extendedDueAt ? { extendedDueAt: request.extendedDueAt } : {}),
      };
    });
  }
}
