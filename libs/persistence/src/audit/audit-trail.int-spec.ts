import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { dataSourceOptions } from '../data-source.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { auditEventHash } from './audit-hash.js';
import { appendAuditEvent, SYSTEM_ACTOR } from './audit-trail.js';

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
