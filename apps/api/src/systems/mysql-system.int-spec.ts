import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { DownloadLinks } from '@dsar/requests';
import { RequestEntity, StoreTaskEntity } from '@dsar/persistence';
import { SecretBox } from '@dsar/security';
import { linkToken, startTestStack, type TestStack } from '../testing/api-stack.js';
import { readZip } from '@dsar/testing';
import { awaitingApproval, call, signIn, type SignedIn } from '../admin/testing/staff-test-kit.js';
import {
  conformanceMap,
  mariadbServer,
  postgresServer,
  type CompanyDatabase,
} from '../../../../libs/connectors/src/sql/testing/company-servers.js';

// The same company, once on PostgreSQL and once on MariaDB, registered as two systems.
let stack: TestStack;
let officer: SignedIn;
let onPostgres: CompanyDatabase;
let onMariadb: CompanyDatabase;
const SYSTEMS = { postgres: 'Shop on PostgreSQL', mysql: 'Shop on MariaDB' } as const;

async function waitFor<T>(probe: () => Promise<T | null | undefined>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function approveAndFinish(type: 'access' | 'erasure') {
  const request = await awaitingApproval(stack, 'alice@example.com', type);
  const preview = await call(
    stack,
    'POST',
    `/api/admin/requests/${request.id}/preview`,
    officer.token,
    {},
  );
  expect(preview.status).toBe(200);
  const approved = await call(
    stack,
    'POST',
    `/api/admin/requests/${request.id}/approve`,
    officer.token,
    {},
  );
  expect(approved.status).toBe(200);
  const manager = stack.api.get(DataSource).manager;
  const done = await waitFor(async () => {
    const row = await manager.findOneBy(RequestEntity, { id: request.id });
    return row && ['completed', 'action_required'].includes(row.status) ? row : null;
  });
  const tasks = await manager.findBy(StoreTaskEntity, { requestId: request.id });
  /** What the connector answered, without the parts that name the system or its spool file. */
  const byKind = (kind: keyof typeof SYSTEMS) => {
    const { outcome, counts, retained, note, providedIdentities } = tasks.find(
      (t) => t.systemName === SYSTEMS[kind],
    )!.result as Record<string, unknown>;
    return { result: { outcome, counts, retained, note, providedIdentities } };
  };
  return { request, status: done.status, preview: preview.body, byKind };
}

beforeAll(async () => {
  stack = await startTestStack({ env: { OUTBOUND_ALLOWLIST: '127.0.0.1' } });
  [onPostgres, onMariadb] = await Promise.all([
    postgresServer.createCompany(),
    mariadbServer.createCompany(),
  ]);
  officer = await signIn(stack, 'officer');
  const admin = await signIn(stack, 'admin');
  for (const [kind, url] of [
    ['postgres', onPostgres.url],
    ['mysql', onMariadb.url],
  ] as const) {
    const created = await call(stack, 'POST', '/api/admin/systems', admin.token, {
      name: SYSTEMS[kind],
      kind,
      owner: { name: 'Data team', email: 'data@example.com' },
      identityTypes: ['email'],
      actions: ['access', 'erasure', 'rectification'],
      settings: { url, dataset: conformanceMap() },
    });
    expect(created.status).toBe(201);
    expect(created.body.settings.url).toBe('********');
    const [row] = await stack.api
      .get(DataSource)
      .query(`SELECT settings FROM systems WHERE id = $1`, [created.body.id]);
    // The password travels inside the URL: it is sealed at rest with the hash key.
    expect([
      SecretBox.isSealed(row.settings.url),
      SecretBox.isSealed(row.settings.hashKey),
    ]).toEqual([true, true]);
    const tested = await call(
      stack,
      'POST',
      `/api/admin/systems/${created.body.id}/test`,
      admin.token,
    );
    expect(tested.body).toEqual({
      ok: true,
      message: 'reachable; the dataset map matches the live schema',
    });
  }
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await onPostgres?.drop();
  await onMariadb?.drop();
}, 60_000);

describe('a MariaDB system beside a PostgreSQL one', () => {
  it('answers an access request with the same rows from both', async () => {
    const { status, byKind } = await approveAndFinish('access');
    expect(status).toBe('completed');
    expect(byKind('mysql').result).toEqual(byKind('postgres').result);
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('alice@example.com') && /ready/.test(m.subject),
    );
    const download = await stack.worker!.get(DownloadLinks).open(linkToken(mail.text, '/download'));
    const files = await readZip(download.stream);
    const tablesOf = (folder: string) =>
      Object.fromEntries(
        Object.entries(files)
          .filter(([name]) => name.startsWith(`data/${folder}/`) && name.endsWith('.json'))
          .map(([name, text]) => [
            name.slice(`data/${folder}/`.length),
            (JSON.parse(text) as Record<string, unknown>[]).map((row) => ({
              columns: Object.keys(row).sort(),
              id: row.id,
            })),
          ]),
      );
    const fromPostgres = tablesOf('Shop_on_PostgreSQL');
    expect(Object.keys(fromPostgres)).toHaveLength(9);
    expect(tablesOf('Shop_on_MariaDB')).toEqual(fromPostgres);
  }, 120_000);

  it('previews and applies an erasure the same way on both', async () => {
    const { status, preview, byKind } = await approveAndFinish('erasure');
    expect(status).toBe('completed');
    const tablesOf = (name: string) =>
      preview.systems.find((s: { systemName: string }) => s.systemName === name)?.tables;
    expect(tablesOf(SYSTEMS.mysql)).toEqual(tablesOf(SYSTEMS.postgres));
    expect(tablesOf(SYSTEMS.postgres)).toContainEqual(
      expect.objectContaining({ table: 'logins', rows: 2, rowAction: 'delete' }),
    );
    expect(byKind('mysql').result).toEqual(byKind('postgres').result);
    expect(byKind('mysql').result).toMatchObject({
      counts: { deleted: 2, hashed: 1, masked: 2, retained: 3 },
    });
    for (const company of [onPostgres, onMariadb])
      expect(await company.rows('SELECT name FROM customers ORDER BY id')).toEqual([
        { name: null },
        { name: 'Bob' },
        { name: 'Carol' },
      ]);
  }, 120_000);
});
