import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type DenialReason, DomainError } from '@dsar/domain';
import { type Actor, type OutboundMailEntity, type RequestEntity } from '@dsar/persistence';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { enabledAssignee, RequestDecisions } from './request-decisions.service.js';
import { WORK_PLANNER, type WorkPlanner } from './work-planner.js';

/** The most requests one bulk call may name (the admin UI selects a page at a time). */
export const BULK_MAX_IDS = 2000;
/** Requests decided in one transaction: a refused one never holds up more than its chunk. */
export const BULK_CHUNK = 100;
/** The first chunk is small, so the first approved work starts while the rest is decided. */
export const BULK_FIRST_CHUNK = 20;

export interface BulkOutcome {
  done: string[];
  refused: { id: string; reason: string }[];
}

interface ChunkResult {
  done: RequestEntity[];
  mails: OutboundMailEntity[];
}

/**
 * The same decisions as RequestDecisions, for many requests at once: one transaction per chunk,
 * each request through the lifecycle with its own audit event. A request the lifecycle refuses
 * (or that does not exist) is answered in `refused` and changes nothing; the rest go ahead.
 * Approved work is planned and its first stage recorded in the job outbox in the same
 * transaction, then relayed for the whole chunk at once.
 */
@Injectable()
export class BulkDecisions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly decisions: RequestDecisions,
    private readonly mailer: SubjectMailer,
    @Inject(WORK_PLANNER) private readonly planner: WorkPlanner,
  ) {}

  approve(ids: string[], actor: Actor, now = new Date()): Promise<BulkOutcome> {
    return this.inChunks(ids, async (manager, chunk, refused) => {
      const done: RequestEntity[] = [];
      for (const id of chunk) {
        const applied = await this.tryApply(refused, id, () =>
          this.lifecycle.apply(manager, id, 'approve', actor, { now }),
        );
        if (!applied) continue;
        await this.planner.plan(manager, applied.request);
        done.push(applied.request);
      }
      const start = this.planner.startIn
        ? await this.planner.startIn(manager, done)
        : async () => {
            for (const request of done) await this.planner.afterCommit(request.id);
          };
      return { result: { done, mails: [] }, after: start };
    });
  }

  assign(
    ids: string[],
    actor: Actor,
    assigneeId: string | null,
    now = new Date(),
  ): Promise<BulkOutcome> {
    return this.inChunks(
      ids,
      async (manager, chunk, refused) => {
        const done: RequestEntity[] = [];
        for (const id of chunk) {
          const applied = await this.tryApply(refused, id, () =>
            this.lifecycle.apply(manager, id, 'assign', actor, {
              patch: { assigneeId },
              data: { assigneeId },
              now,
            }),
          );
          if (applied) done.push(applied.request);
        }
        return { result: { done, mails: [] } };
      },
      async (manager) => {
        if (assigneeId) await enabledAssignee(manager, assigneeId);
      },
    );
  }

  deny(
    ids: string[],
    actor: Actor,
    reasonCode: DenialReason,
    text: string,
    now = new Date(),
  ): Promise<BulkOutcome> {
    return this.inChunks(ids, async (manager, chunk, refused) => {
      const done: RequestEntity[] = [];
      const mails: OutboundMailEntity[] = [];
      for (const id of chunk) {
        const applied = await this.tryApply(refused, id, () =>
          this.lifecycle.apply(manager, id, 'deny', actor, {
            reason: text,
            denialReason: reasonCode,
            patch: { denialReasonCode: reasonCode, denialText: text },
            data: { reasonCode },
            now,
          }),
        );
        if (!applied) continue;
        const input = await this.decisions.denialInput(
          manager,
          applied.request,
          reasonCode,
          text,
          now,
        );
        mails.push(await this.mailer.record(manager, 'denial', input, applied.request.id));
        done.push(applied.request);
      }
      return { result: { done, mails } };
    });
  }

  /**
   * A refusal is a DomainError the lifecycle throws before it writes anything (not found, or
   * not allowed from the status), so the chunk's transaction goes on; anything else aborts it.
   */
  private async tryApply<T>(
    refused: BulkOutcome['refused'],
    id: string,
    work: () => Promise<T>,
  ): Promise<T | null> {
    try {
      return await work();
    } catch (error) {
      if (
        error instanceof DomainError &&
        (error.code === 'conflict' || error.code === 'not_found')
      ) {
        refused.push({ id, reason: error.message });
        return null;
      }
      throw error;
    }
  }

  private async inChunks(
    ids: string[],
    decide: (
      manager: EntityManager,
      chunk: string[],
      refused: BulkOutcome['refused'],
    ) => Promise<{ result: ChunkResult; after?: () => Promise<void> }>,
    check?: (manager: EntityManager) => Promise<void>,
  ): Promise<BulkOutcome> {
    if (check) await check(this.dataSource.manager);
    const outcome: BulkOutcome = { done: [], refused: [] };
    // Locked in id order, chunk after chunk: two bulk calls never wait on each other in a cycle.
    const ordered = [...new Set(ids)].sort();
    for (let start = 0; start < ordered.length;) {
      const chunk = ordered.slice(start, start + (start === 0 ? BULK_FIRST_CHUNK : BULK_CHUNK));
      start += chunk.length;
      const refused: BulkOutcome['refused'] = [];
      const { result, after } = await this.dataSource.transaction((manager) =>
        decide(manager, chunk, refused),
      );
      await this.mailer.dispatch(result.mails);
      await after?.();
      outcome.done.push(...result.done.map((request) => request.id));
      outcome.refused.push(...refused);
    }
    return outcome;
  }
}
