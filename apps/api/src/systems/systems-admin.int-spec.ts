import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { SecretBox } from '@dsar/security';
import { refuseRacedDuplicateName, rotateSettingsKey } from '@dsar/systems';
import { startTestStack, type TestStack } from '../testing/api-stack.js';
import { awaitingApproval, call, signIn, type SignedIn } from '../admin/testing/staff-test-kit.js';
import {
  COMPANY_SCHEMA,
  companyMap,
  withCompany,
} from '../../../../libs/connectors/src/postgres/testing/company-database.js';

let stack: TestStack;
let company: TestDatabase;
let admin: SignedIn;
let officer: SignedIn;
let viewer: SignedIn;

const body = (overrides: Record<string, unknown> = {}) => ({
  name: 'Accounts database',
  kind: 'postgres',
  owner: { name: 'Data team', email: 'data@example.com' },
  enabled: true,
  categories: ['user.contact', 'user.financial'],
  purposes: ['account management'],
  legalBases: ['contract'],
  recipients: [{ name: 'Payment provider', email: 'privacy@psp.example' }],
  retention: '10 years after the last order',
  identityTypes: ['email', 'user_id'],
  actions: ['access', 'erasure', 'rectification'],
  settings: { url: company.url, dataset: companyMap() },
  ...overrides,
});

beforeAll(async () => {
  stack = await startTestStack({ worker: false, env: { OUTBOUND_ALLOWLIST: '127.0.0.1' } });
  company = await createTestDatabase('company', { migrate: false });
  await withCompany(company.url, (client) => client.query(COMPANY_SCHEMA));
  [admin, officer, viewer] = await Promise.all([
    signIn(stack, 'admin'),
    signIn(stack, 'officer'),
    signIn(stack, 'viewer'),
  ]);
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await company?.drop();
}, 60_000);

describe('/api/admin/systems', () => {
  let id: string;

  it('registers a postgres system; secrets are sealed at rest and never returned', async () => {
    const created = await call(stack, 'POST', '/api/admin/systems', admin.token, body());
    expect(created.status).toBe(201);
    id = created.body.id;
    expect(created.body.settings.url).toBe('********');
    expect(created.body.settings.hashKey).toBe('********');
    expect(JSON.stringify(created.body)).not.toContain(company.url);
    const [row] = await stack.api
      .get(DataSource)
      .query(`SELECT settings FROM systems WHERE id = $1`, [id]);
    expect(SecretBox.isSealed(row.settings.url)).toBe(true);
    expect(SecretBox.isSealed(row.settings.hashKey)).toBe(true);
    const audit = await stack.api
      .get(DataSource)
      .query(`SELECT action FROM audit_events WHERE data->>'systemId' = $1`, [id]);
    expect(audit).toEqual([{ action: 'system.created' }]);
  });

  it('keeps the Art. 15 facts (source, transfers, automated decisions) and names a bad transfer', async () => {
    const facts = {
      source: 'You, at sign-up',
      transfers: [{ country: 'US', safeguard: 'EU-US Data Privacy Framework' }],
      automatedDecisions: null,
    };
    const created = await call(stack, 'POST', '/api/admin/systems', admin.token, {
      ...body({ name: 'With facts', settings: { url: company.url, dataset: companyMap() } }),
      ...facts,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(facts);
    const refused = await call(stack, 'POST', '/api/admin/systems', admin.token, {
      ...body({ name: 'Bad facts', settings: { url: company.url, dataset: companyMap() } }),
      transfers: [{ country: 'United States', safeguard: 'SCCs' }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'transfers.0.country',
    ]);
    // The other cases count the systems: this one leaves none behind.
    const removed = await call(
      stack,
      'DELETE',
      `/api/admin/systems/${created.body.id}`,
      admin.token,
    );
    expect(removed.status).toBe(200);
  });

  it('keeps the language a processor and a recipient read, and names a bad tag', async () => {
    const processor = (settings: Record<string, unknown>, recipients: unknown[]) =>
      body({ name: 'Card processor', kind: 'email', settings, recipients });
    const created = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      processor({ to: 'privacy@cards.example', language: 'de' }, [
        { name: 'LiqPay', email: 'privacy@liqpay.example', language: 'de-at' },
      ]),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      settings: { to: 'privacy@cards.example', language: 'de' },
      recipients: [{ name: 'LiqPay', email: 'privacy@liqpay.example', language: 'de-AT' }],
    });
    const badRecipient = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      processor({ to: 'privacy@cards.example' }, [{ name: 'LiqPay', language: 'not a tag' }]),
    );
    expect(badRecipient.status).toBe(400);
    expect(badRecipient.body.errors).toEqual([
      { field: 'recipients.0.language', message: expect.stringContaining('BCP 47') },
    ]);
    const badSettings = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      processor({ to: 'privacy@cards.example', language: '' }, []),
    );
    expect(badSettings.status).toBe(400);
    expect(badSettings.body.errors).toEqual([
      { field: 'settings.language', message: expect.stringContaining('BCP 47') },
    ]);
    // The other cases count the systems: this one leaves none behind.
    expect(
      (await call(stack, 'DELETE', `/api/admin/systems/${created.body.id}`, admin.token)).status,
    ).toBe(200);
  });

  it('refuses a bad map with the field named, and writes nothing', async () => {
    const map = companyMap();
    map.tables[0].fields!.password_hash = { category: 'system.credentials', erasure: 'null' };
    const refused = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      body({ name: 'Bad', settings: { url: company.url, dataset: map } }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toContainEqual({
      field: 'settings.dataset.tables.0.fields.password_hash.erasure',
      message: expect.stringMatching(/NOT NULL/),
    });
    const unreachable = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      body({
        name: 'Gone',
        settings: { url: 'postgres://postgres@127.0.0.1:1/x', dataset: companyMap() },
      }),
    );
    expect(unreachable.status).toBe(400);
    expect(unreachable.body.errors[0].field).toBe('settings.url');
    const catalogue = companyMap();
    catalogue.tables.push({
      name: 'pg_catalog.pg_authid',
      primaryKey: ['oid'],
      identities: { rolname: 'email' },
    });
    const system = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      body({ name: 'Catalogue', settings: { url: company.url, dataset: catalogue } }),
    );
    expect(system.status).toBe(400);
    expect(system.body.errors).toEqual([
      {
        field: 'settings.dataset.tables.8.name',
        message: 'pg_catalog.pg_authid is in the system schema pg_catalog: a map may not name it',
      },
    ]);
    const shape = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      body({ name: 'Shape', identityTypes: ['fax'] }),
    );
    expect(shape.body.errors[0].field).toBe('identityTypes.0');
    const [{ n }] = await stack.api.get(DataSource).query(`SELECT count(*)::int n FROM systems`);
    expect(n).toBe(1);
  });

  it('answers "is taken", not a 500, when the UNIQUE name constraint stops a raced save', async () => {
    // The race itself is too quick to stage over HTTP; the violation a losing save meets is not.
    const runner = stack.api.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    const violation = await runner
      .query(
        `CREATE TEMP TABLE twin ON COMMIT DROP AS SELECT * FROM systems WHERE id = '${id}';
         UPDATE twin SET id = gen_random_uuid();
         INSERT INTO systems SELECT * FROM twin;`,
      )
      .catch((error: unknown) => error);
    await runner.rollbackTransaction();
    await runner.release();
    let refused: unknown;
    try {
      refuseRacedDuplicateName(violation);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      details: { errors: [{ field: 'name', message: 'is taken' }] },
    });
    expect(() => refuseRacedDuplicateName(new Error('other'))).toThrow('other');
  });

  it('lets every role read and only admins change or test', async () => {
    const listed = await call(stack, 'GET', '/api/admin/systems', viewer.token);
    expect(listed.status).toBe(200);
    expect(listed.headers.get('content-range')).toBe('systems 0-0/1');
    expect(listed.body[0].settings.url).toBe('********');
    expect((await call(stack, 'GET', `/api/admin/systems/${id}`, officer.token)).status).toBe(200);
    expect(
      (await call(stack, 'POST', '/api/admin/systems', officer.token, body({ name: 'X' }))).status,
    ).toBe(403);
    expect(
      (await call(stack, 'PUT', `/api/admin/systems/${id}`, viewer.token, body())).status,
    ).toBe(403);
    expect((await call(stack, 'POST', `/api/admin/systems/${id}/test`, officer.token)).status).toBe(
      403,
    );
  });

  it('keeps a secret sent back masked, and tests the connection', async () => {
    const current = (await call(stack, 'GET', `/api/admin/systems/${id}`, admin.token)).body;
    const updated = await call(stack, 'PUT', `/api/admin/systems/${id}`, admin.token, {
      ...current,
      retention: '11 years',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.retention).toBe('11 years');
    const tested = await call(stack, 'POST', `/api/admin/systems/${id}/test`, admin.token);
    expect(tested.body).toEqual({ ok: true, message: expect.stringMatching(/reachable/) });
  });

  it('previews an erasure before approval, changing nothing; 409 for other statuses', async () => {
    const request = await awaitingApproval(stack, 'alice@example.com', 'erasure');
    const before = await withCompany(
      company.url,
      async (c) => (await c.query('SELECT * FROM customers ORDER BY id')).rows,
    );
    const preview = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/preview`,
      officer.token,
      {},
    );
    expect(preview.status).toBe(200);
    const tables = Object.fromEntries(
      preview.body.systems[0].tables.map((t: { table: string }) => [t.table, t]),
    );
    expect(tables.customers).toMatchObject({ rows: 1, fields: { name: 1, email: 1, phone: 1 } });
    expect(tables.logins).toMatchObject({ rows: 2, rowAction: 'delete' });
    expect(JSON.stringify(preview.body)).not.toContain('alice');
    expect(
      await withCompany(
        company.url,
        async (c) => (await c.query('SELECT * FROM customers ORDER BY id')).rows,
      ),
    ).toEqual(before);
    const access = await awaitingApproval(stack, 'bob@example.com', 'access');
    // An access request is previewed too: every system says it changes nothing.
    const accessPreview = await call(
      stack,
      'POST',
      `/api/admin/requests/${access.id}/preview`,
      officer.token,
      {},
    );
    expect(accessPreview.status).toBe(200);
    expect(
      accessPreview.body.systems.map((system: { supported: boolean }) => system.supported),
    ).toEqual([false]);
    expect(
      (await call(stack, 'POST', `/api/admin/requests/${request.id}/preview`, viewer.token, {}))
        .status,
    ).toBe(403);
  });

  it('re-seals every secret under a new APP_SECRET', async () => {
    const dataSource = stack.api.get(DataSource);
    const result = await rotateSettingsKey(
      dataSource,
      stack.config.appSecret,
      'a-brand-new-app-secret-of-some-length',
    );
    expect(result).toEqual({ systems: 1, resealed: 2 });
    const [row] = await dataSource.query(`SELECT settings FROM systems WHERE id = $1`, [id]);
    expect(new SecretBox('a-brand-new-app-secret-of-some-length').openText(row.settings.url)).toBe(
      company.url,
    );
    expect(() => new SecretBox(stack.config.appSecret).openText(row.settings.url)).toThrow(
      /another key/,
    );
    // A re-run finds nothing left under the old key.
    expect(
      await rotateSettingsKey(
        dataSource,
        stack.config.appSecret,
        'a-brand-new-app-secret-of-some-length',
      ),
    ).toEqual({ systems: 0, resealed: 0 });
    await rotateSettingsKey(
      dataSource,
      'a-brand-new-app-secret-of-some-length',
      stack.config.appSecret,
    );
  });

  it('deletes a system (admin), audited', async () => {
    expect((await call(stack, 'DELETE', `/api/admin/systems/${id}`, admin.token)).status).toBe(200);
    expect((await call(stack, 'GET', `/api/admin/systems/${id}`, admin.token)).status).toBe(404);
  });
});
