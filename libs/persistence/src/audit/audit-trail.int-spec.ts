import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource, type EntityManager } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { dataSourceOptions } from '../data-source.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { auditEventHash } from './audit-hash.js';
import {
  appendAuditEvent,
  appendAuditEvents,
  appendAuditEventsAfter,
  appendFirstAuditEvent,
  auditChainHeadSql,
  auditChainLockSql,
  type AuditChainHead,
  SYSTEM_ACTOR,
} from './audit-trail.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
}, 30_000);

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

/** A request's chain in order, each event checked to link to the one before and to verify. */
async function linkedChain(requestId: string): Promise<AuditEventEntity[]> {
  const events = await dataSource.manager.find(AuditEventEntity, {
    where: { chain: requestId },
    order: { seq: 'ASC' },
  });
  let previous: string | null = null;
  for (const event of events) {
    expect(event.prevHash).toBe(previous);
    expect(auditEventHash(event)).toBe(event.hash);
    previous = event.hash;
  }
  return events;
}

/** Unusual but valid unicode, and text the edge refuses but a service might still pass on. */
const TEXTS = [
  'astral 😀🏳️‍🌈 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'combining e\u0301 a\u0308 Z\u0335\u0321',
  'separators \u2028 \u2029 and \u00a0 \ufeff',
  'half an emoji: cut \ud83d',
  'a lone low \udc00 surrogate',
  'a NUL \u0000 inside',
];

describe('appendAuditEvent', () => {
  it('hashes exactly what PostgreSQL stores, so every chain read back verifies', async () => {
    for (const text of TEXTS) {
      await dataSource.transaction((manager) =>
        appendAuditEvent(manager, {
          requestId: null,
          actor: SYSTEM_ACTOR,
          action: 'settings_updated',
          reason: text,
          data: { text, nested: [{ text, at: new Date(0) }], skipped: undefined },
        }),
      );
    }
    const stored = await dataSource.manager.find(AuditEventEntity, {
      where: { chain: 'system' },
      order: { seq: 'ASC' },
    });
    expect(stored).toHaveLength(TEXTS.length);
    for (const event of stored) expect(auditEventHash(event)).toBe(event.hash);
    expect(stored[3]!.reason).toBe('half an emoji: cut \ufffd');
    expect(stored[0]!.reason).toBe(TEXTS[0]);
  });
});

describe('appendAuditEvents', () => {
  it('continues each chain from its head, in the order given, and every event verifies', async () => {
    const [first, second] = (
      (await dataSource.query(
        `INSERT INTO requests (reference, type, status, jurisdiction, email, name, source,
                               received_at, due_at)
         SELECT 'DSR-AUDIT-' || n, 'access', 'awaiting_approval', 'gdpr', n || '@example.com',
                'Person ' || n, 'web', now(), now() + interval '30 days'
           FROM generate_series(1, 2) n ORDER BY n RETURNING id`,
      )) as { id: string }[]
    ).map((row) => row.id) as [string, string];
    const staff = { type: 'staff' as const, id: '33333333-3333-4333-8333-333333333333' };
    await dataSource.transaction((manager) =>
      appendAuditEvent(manager, { requestId: first, actor: staff, action: 'note', reason: 'x' }),
    );
    await dataSource.transaction((manager) =>
      appendAuditEvents(manager, [
        { requestId: second, actor: staff, action: 'approve', fromStatus: 'a', toStatus: 'b' },
        { requestId: first, actor: staff, action: 'approve', reason: TEXTS[3], data: { n: 1 } },
        { requestId: second, actor: SYSTEM_ACTOR, action: 'tasks_planned', data: { tasks: 2 } },
        { requestId: first, actor: SYSTEM_ACTOR, action: 'tasks_planned', reason: TEXTS[5] },
      ]),
    );
    const chain = (id: string) =>
      dataSource.manager.find(AuditEventEntity, { where: { chain: id }, order: { seq: 'ASC' } });
    const firsts = await chain(first);
    const seconds = await chain(second);
    expect(firsts.map((event) => [event.seq, event.action])).toEqual([
      [1, 'note'],
      [2, 'approve'],
      [3, 'tasks_planned'],
    ]);
    expect(seconds.map((event) => [event.seq, event.action, event.actorType])).toEqual([
      [1, 'approve', 'staff'],
      [2, 'tasks_planned', 'system'],
    ]);
    for (const events of [firsts, seconds]) {
      let previous: string | null = null;
      for (const event of events) {
        expect(event.prevHash).toBe(previous);
        expect(auditEventHash(event)).toBe(event.hash);
        previous = event.hash;
      }
    }
    expect(firsts[1]!.reason).toBe('half an emoji: cut \ufffd');
    expect(firsts[1]!.data).toEqual({ n: 1 });
  });
});

/** A request row of its own for a test's chain (its e-mail from the reference); its id. */
async function insertRequest(
  on: DataSource | EntityManager,
  reference: string,
  type: string,
  status: string,
): Promise<string> {
  const [{ id }] = (await on.query(
    `INSERT INTO requests (reference, type, status, jurisdiction, email, name, source,
                           received_at, due_at)
     VALUES ($1, $2, $3, 'gdpr', lower($1) || '@example.com', 'Person', 'web', now(),
             now() + interval '30 days') RETURNING id`,
    [reference, type, status],
  )) as [{ id: string }];
  return id;
}

describe('appendAuditEventsAfter', () => {
  it('continues a chain from the head read after its lock, as appendAuditEvent would', async () => {
    const id = await insertRequest(dataSource, 'DSR-AUDIT-AFTER', 'erasure', 'in_progress');
    /** The chain's lock, then its head in a later statement (what a hot writer folds in). */
    const headAfterLock = async (manager: EntityManager) => {
      await manager.query(`SELECT ${auditChainLockSql('$1::text')}`, [id]);
      const [{ head }] = (await manager.query(`SELECT ${auditChainHeadSql('$1::text')} AS head`, [
        id,
      ])) as [{ head: AuditChainHead | null }];
      return head;
    };
    // An empty chain starts at 1; a chain appendAuditEvent wrote goes on from its head.
    await dataSource.transaction(async (manager) => {
      const head = await headAfterLock(manager);
      expect(head).toBeNull();
      await appendAuditEventsAfter(manager, head, [
        { requestId: id, actor: SYSTEM_ACTOR, action: 'task_succeeded', reason: TEXTS[4] },
      ]);
    });
    await dataSource.transaction((manager) =>
      appendAuditEvent(manager, { requestId: id, actor: SYSTEM_ACTOR, action: 'note' }),
    );
    await dataSource.transaction(async (manager) => {
      const head = await headAfterLock(manager);
      expect(head?.seq).toBe(2);
      await appendAuditEventsAfter(manager, head, [
        { requestId: id, actor: SYSTEM_ACTOR, action: 'identities_provided', data: { n: 1 } },
        { requestId: id, actor: SYSTEM_ACTOR, action: 'task_succeeded', data: { n: 2 } },
      ]);
    });
    expect((await linkedChain(id)).map((event) => [event.seq, event.action])).toEqual([
      [1, 'task_succeeded'],
      [2, 'note'],
      [3, 'identities_provided'],
      [4, 'task_succeeded'],
    ]);
  });

  it('starts the chain of a request made in the same transaction, and the chain goes on from it', async () => {
    const id = await dataSource.transaction(async (manager) => {
      const id = await insertRequest(manager, 'DSR-AUDIT-FIRST', 'access', 'pending_verification');
      await appendFirstAuditEvent(manager, {
        requestId: id,
        actor: SYSTEM_ACTOR,
        action: 'submitted',
      });
      return id;
    });
    await dataSource.transaction((manager) =>
      appendAuditEvent(manager, { requestId: id, actor: SYSTEM_ACTOR, action: 'verified' }),
    );
    expect((await linkedChain(id)).map((event) => [event.seq, event.action])).toEqual([
      [1, 'submitted'],
      [2, 'verified'],
    ]);
  });

  it('appends to one chain only', async () => {
    await expect(
      dataSource.transaction((manager) =>
        appendAuditEventsAfter(manager, null, [
          { requestId: '11111111-1111-4111-8111-111111111111', actor: SYSTEM_ACTOR, action: 'a' },
          { requestId: '22222222-2222-4222-8222-222222222222', actor: SYSTEM_ACTOR, action: 'b' },
        ]),
      ),
    ).rejects.toThrow('one chain');
  });
});
