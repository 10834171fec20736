import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type DenialReason } from '@dsar/domain';
import { type Actor, type OutboundMailEntity, type RequestEntity } from '@dsar/persistence';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { enabledAssignee, RequestDecisions } from './request-decisions.service.js';
import { WORK_PLANNER, type WorkPlanner } from './work-planner.js';

/** The most requests one bulk call may name (the admin UI selects a page at a time). */
export const BULK_MAX_IDS = 2000;
/**
 * Requests decided in one transaction: a refused one never holds up more than its chunk. 250,
 * not 100: each chunk costs about a dozen statements whatever its size, and with the fan-out
 * it starts sharing the cores, 2,000 approvals ran at 733–799/s in chunks of 100 and 869–983/s
 * in chunks of 250; 500 gained nothing more (docs/performance.md, thirteenth round).
 */
export const BULK_CHUNK = 250;
/** The first chunk is small, so the first approved work starts while the rest is decided. */
export const BULK_FIRST_CHUNK = 20;
/**
 * Chunks decided at once, each in its own transaction on its own connection (of the pool's 20):
 * a chunk spends about half its time waiting on PostgreSQL, which the others fill. 2,000
 * approvals beside their fan-out: one lane 869–983/s, two 1,117–1,338/s, three 1,543–1,659/s,
 * four 1,502–1,517/s with the first task later (docs/performance.md, thirteenth round).
 */
export const BULK_LANES = 3;

export interface BulkOutcome {
  done: string[];
  refused: { id: string; reason: string }[];
}

interface ChunkResult {
  done: RequestEntity[];
  mails: OutboundMailEntity[];
}

/**
 * The same decisions as RequestDecisions, for many requests at once: one transaction per chunk
 * (BULK_LANES of them at a time), set-based (RequestLifecycle.applyMany: one lock statement, one
 * update, one audit append with an event per request). A request the lifecycle refuses (or that
 * does not exist) is answered in `refused` and changes nothing; the rest go ahead. Approved work is planned and its first stage
 * recorded in the job outbox in the same transaction (WorkPlanner.planAll), then relayed for the
 * whole chunk at once after commit, in the order the chunks committed. The answer lists the
 * requests in id order whichever lane decided them.
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
      const decided = await this.lifecycle.applyMany(manager, chunk, 'approve', actor, { now });
      refused.push(...decided.refused);
      const done = decided.applied.map((applied) => applied.request);
      const start = await this.planner.planAll(manager, done);
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
        const decided = await this.lifecycle.applyMany(manager, chunk, 'assign', actor, {
          patch: { assigneeId },
          data: { assigneeId },
          now,
        });
        refused.push(...decided.refused);
        return { result: { done: decided.applied.map((applied) => applied.request), mails: [] } };
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
      const decided = await this.lifecycle.applyMany(manager, chunk, 'deny', actor, {
        reason: text,
        denialReason: reasonCode,
        patch: { denialReasonCode: reasonCode, denialText: text },
        data: { reasonCode },
        now,
      });
      refused.push(...decided.refused);
      const done = decided.applied.map((applied) => applied.request);
      const mails: OutboundMailEntity[] = [];
      for (const request of done) {
        const input = await this.decisions.denialInput(manager, request, reasonCode, text, now);
        const mail = await this.mailer.record(manager, 'denial', input, request.id);
        if (mail) mails.push(mail);
      }
      return { result: { done, mails } };
    });
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
    // Locked in id order within a chunk; chunks hold disjoint ids, so two in flight (or two
    // bulk calls) never wait on each other in a cycle.
    const ordered = [...new Set(ids.map((id) => id.toLowerCase()))].sort();
    const chunks: string[][] = [];
    for (let start = 0; start < ordered.length;) {
      const chunk = ordered.slice(start, start + (start === 0 ? BULK_FIRST_CHUNK : BULK_CHUNK));
      chunks.push(chunk);
      start += chunk.length;
    }
    const decided: { done: string[]; refused: BulkOutcome['refused'] }[] = [];
    let next = 0;
    const failures: unknown[] = [];
    let relaying = Promise.resolve();
    // Each lane decides the next chunk not yet taken, until none is left or one fails.
    const lane = async () => {
      while (failures.length === 0 && next < chunks.length) {
        const index = next++;
        const refused: BulkOutcome['refused'] = [];
        try {
          const { result, after } = await this.dataSource.transaction((manager) =>
            decide(manager, chunks[index], refused),
          );
          // Relayed while other chunks are decided (its rows are committed; the relay timer
          // takes them if this fails), one chunk's relay after another's.
          relaying = relaying.then(async () => {
            await this.mailer.dispatch(result.mails);
            await after?.();
          });
          relaying.catch(() => undefined); // handled here; the await below still throws it
          decided[index] = { done: result.done.map((request) => request.id), refused };
        } catch (error) {
          failures.push(error);
        }
      }
    };
    await Promise.all(Array.from({ length: BULK_LANES }, lane));
    // The chunks committed before a failure still get relayed.
    if (failures.length > 0) {
      await relaying.catch(() => undefined);
      throw failures[0];
    }
    await relaying;
    return {
      done: decided.flatMap((chunk) => chunk.done),
      refused: decided.flatMap((chunk) => chunk.refused),
    };
  }
}
