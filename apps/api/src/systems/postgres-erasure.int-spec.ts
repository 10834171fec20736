import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { RequestEntity, StoreTaskEntity } from '@dsar/persistence';
import { startTestStack, type TestStack } from '../testing/api-stack.js';
import { awaitingApproval, call, signIn } from '../admin/testing/staff-test-kit.js';
import {
  COMPANY_SCHEMA,
  companyMap,
  withCompany,
} from '../../../../libs/connectors/src/postgres/testing/company-database.js';

let stack: TestStack;
let company: TestDatabase;

beforeAll(async () => {
  stack = await startTestStack({ env: { OUTBOUND_ALLOWLIST: '127.0.0.1' } });
  company = await createTestDatabase('company', { migrate: false });
  await withCompany(company.url, (client) => client.query(COMPANY_SCHEMA));
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await company?.drop();
}, 60_000);

async function waitFor<T>(probe: () => Promise<T | null | undefined>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('an officer registers a postgres system, approves an erasure, and the map is applied once', async () => {
  const admin = await signIn(stack, 'admin');
  const created = await call(stack, 'POST', '/api/admin/systems', admin.token, {
    name: 'Shop database',
    kind: 'postgres',
    owner: { name: 'Data team', email: 'data@example.com' },
    identityTypes: ['email'],
    actions: ['access', 'erasure', 'rectification'],
    settings: { url: company.url, dataset: companyMap() },
  });
  expect(created.status).toBe(201);
  const request = await awaitingApproval(stack, 'alice@example.com', 'erasure');
  expect(
    (await call(stack, 'POST', `/api/admin/requests/${request.id}/approve`, admin.token, {}))
      .status,
  ).toBe(200);
  const manager = stack.api.get(DataSource).manager;
  const done = await waitFor(async () => {
    const row = await manager.findOneBy(RequestEntity, { id: request.id });
    return row && ['completed', 'action_required'].includes(row.status) ? row : null;
  });
  const [task] = await manager.findBy(StoreTaskEntity, { requestId: request.id });
  expect({ status: done.status, task: task.state }).toEqual({
    status: 'completed',
    task: 'succeeded',
  });
  const [alice] = await withCompany(
    company.url,
    async (c) => (await c.query('SELECT * FROM customers WHERE id = 1')).rows,
  );
  expect(alice).toMatchObject({ name: null, phone: '***' });
  expect(alice.email).toMatch(/^hmac-sha256:/);
  const [bob] = await withCompany(
    company.url,
    async (c) => (await c.query('SELECT * FROM customers WHERE id = 2')).rows,
  );
  expect(bob).toMatchObject({ name: 'Bob', email: 'bob@example.com' });
}, 60_000);
