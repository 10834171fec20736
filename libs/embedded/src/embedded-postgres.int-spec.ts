import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres.js';

// PGlite's first start runs initdb in WebAssembly: seconds, not milliseconds.
jest.setTimeout(60_000);

/** Many pooled clients on PGlite's one session, as the api, the worker and BullMQ use it. */
describe('embedded PostgreSQL behind the session scheduler', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-pglite-'));
  let server: EmbeddedServer;
  let pool: pg.Pool;

  beforeAll(async () => {
    server = await startEmbeddedPostgres(dataDir, { searchExtension: true });
    pool = new pg.Pool({ connectionString: server.url, max: 12 });
    await pool.query('CREATE TABLE ledger (id int PRIMARY KEY, owner text NOT NULL)');
  });

  afterAll(async () => {
    await pool?.end();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers each of many concurrent clients with its own rows', async () => {
    // Statement texts differ, and half go by the simple protocol, which drops the unnamed
    // statement: a client binding after another client's query would get an error or its row.
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 2
          ? pool.query<{ n: number; label: string }>(`SELECT ${i} AS n, 'client-${i}' AS label`)
          : pool.query<{ n: number; label: string }>(
              `SELECT $1::int AS n, 'client-${i}' AS label`,
              [i],
            ),
      ),
    );
    expect(answers.map((answer) => answer.rows[0])).toEqual(
      Array.from({ length: 200 }, (_, i) => ({ n: i, label: `client-${i}` })),
    );
  });

  it('keeps each transaction whole: a rolled-back one leaves nothing, committed ones everything', async () => {
    const transfer = async (id: number, commit: boolean) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO ledger (id, owner) VALUES ($1, $2)', [id, `owner-${id}`]);
        await new Promise((resolve) => setTimeout(resolve, 5)); // others queue meanwhile
        await client.query('UPDATE ledger SET owner = owner || $2 WHERE id = $1', [id, '!']);
        await client.query(commit ? 'COMMIT' : 'ROLLBACK');
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => transfer(i, i % 2 === 0)));
    const { rows } = await pool.query<{ id: number; owner: string }>(
      'SELECT id, owner FROM ledger ORDER BY id',
    );
    expect(rows).toEqual(
      Array.from({ length: 10 }, (_, i) => ({ id: i * 2, owner: `owner-${i * 2}!` })),
    );
  });

  it('delivers a NOTIFY to the client that LISTENs, not only to the one that sent it', async () => {
    const listener = new pg.Client({ connectionString: server.url });
    await listener.connect();
    try {
      const heard = new Promise<string>((resolve) =>
        listener.on('notification', (message) => resolve(message.payload ?? '')),
      );
      await listener.query('LISTEN jobs');
      await pool.query("SELECT pg_notify('jobs', 'wake up')");
      expect(await heard).toBe('wake up');
    } finally {
      await listener.end();
    }
  });

  it('has the trigram extension the request search uses', async () => {
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const { rows } = await pool.query<{ s: number }>("SELECT similarity('ada', 'adah') AS s");
    expect(rows[0].s).toBeGreaterThan(0.3);
  });
});
