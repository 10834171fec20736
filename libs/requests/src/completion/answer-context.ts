import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import {
  answerRights,
  denialWording,
  isWorking,
  jurisdictionRule,
  refusalWordsIn,
  summariseOutcome,
  type ConnectorCounts,
  type RequestOutcome,
  type RetainedItem,
} from '@dsar/domain';
import { RequestEntity, RequestRefusalEntity, StoreTaskEntity } from '@dsar/persistence';
import type { InventoryFacts, StoredTaskResult } from '@dsar/packages';
import { JobRowMissingError } from '@dsar/queue';
import { SettingsService } from '@dsar/settings';
import type { CompletionMailInput, RefusedPartLine } from '../mails/completion-mails.js';
import { progressOf } from './request-progress.js';

/** What the subject is told, from the request's final tasks (a lookup-only one acted on nothing). */
export function outcomeOf(tasks: StoreTaskEntity[]): RequestOutcome {
  return summariseOutcome(
    tasks
      .filter((task) => !task.lookupOnly)
      .map((task) => {
        const result = task.result as StoredTaskResult | null;
        return {
          systemName: task.systemName,
          state: task.state,
          outcome: result?.outcome ?? null,
          counts: (result?.counts ?? null) as Partial<ConnectorCounts> | null,
          retained: (result?.retained ?? []) as RetainedItem[],
          subjectNote: result?.subjectNote ?? null,
        };
      }),
  );
}

/** The parts of a request an officer refused, in the subject's words and language (BCP 47). */
export async function refusedParts(
  manager: EntityManager,
  requestId: string,
  language: string,
): Promise<RefusedPartLine[]> {
  const refusals = await manager.find(RequestRefusalEntity, {
    where: { requestId },
    order: { createdAt: 'ASC' },
  });
  return refusals.map(refusalWordsIn(language));
}

/**
 * The registered systems' Art. 15(1) facts, by id. The registry sits above the requests feature
 * (the fan-out reads it), so the fan-out module provides this; a boot without it fails by name.
 */
export abstract class SystemInventory {
  abstract factsOf(manager: EntityManager, systemIds: readonly string[]): Promise<InventoryFacts>;
}

/** What every answer needs: its mail's frame, whether it may close, the inventory's facts. */
@Injectable()
export class AnswerContext {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: SettingsService,
    private readonly inventory: SystemInventory,
  ) {}

  async mailInput(
    manager: EntityManager,
    request: RequestEntity,
    outcome: RequestOutcome,
  ): Promise<CompletionMailInput> {
    const settings = await this.settings.get(manager);
    const wording = denialWording(
      jurisdictionRule(request.jurisdiction),
      settings.supervisoryAuthority,
      request.language,
    );
    const rights = answerRights(request, this.config.controllerTimezone, request.language);
    if (!rights)
      throw new Error(`request ${request.id} has no known regime (${request.jurisdiction})`);
    return {
      request,
      outcome,
      timeZone: this.config.controllerTimezone,
      controllerName: settings.controllerName,
      controllerContact: settings.controllerContact,
      refusals: await refusedParts(manager, request.id, request.language),
      complaint: wording.complaint,
      rights: { phrases: rights.rights.map((right) => right.phrase), citation: rights.citation },
    };
  }

  /** Open, and every task final with none failed. A missing request fails the job. */
  async readyToComplete(manager: EntityManager, requestId: string): Promise<boolean> {
    const request = await manager.findOneBy(RequestEntity, { id: requestId });
    if (!request) throw new JobRowMissingError('request', requestId);
    if (!isWorking(request.status)) return false;
    const tasks = await manager.find(StoreTaskEntity, { where: { requestId } });
    const views = tasks.map((t) => ({
      id: t.id,
      stage: t.stage,
      state: t.state,
      enqueued: t.enqueuedAt !== null,
    }));
    return progressOf(views).kind === 'done';
  }

  /** The facts of the request's systems, from the inventory. */
  async inventoryFacts(manager: EntityManager, requestId: string): Promise<InventoryFacts> {
    const tasks = await manager.find(StoreTaskEntity, { where: { requestId } });
    return this.inventory.factsOf(manager, [...new Set(tasks.map((task) => task.systemId))]);
  }
}
