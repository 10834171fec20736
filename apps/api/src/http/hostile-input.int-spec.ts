import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startTestStack, type TestStack } from '../testing/api-stack.js';
import {
  awaitingApproval,
  call,
  signIn,
  TEST_PASSWORD,
  type SignedIn,
} from '../admin/testing/staff-test-kit.js';

// A whole stack per file and argon2 logins: slow on a shared two-core machine.
jest.setTimeout(60_000);

let stack: TestStack;
let admin: SignedIn;
let viewer: SignedIn;

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
  admin = await signIn(stack, 'admin');
  viewer = await signIn(stack, 'viewer');
});

afterAll(async () => {
  await stack?.stop();
});

const SUBMIT = { type: 'access', email: 'hostile@example.com', jurisdiction: 'gdpr' };

function fields(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((error) => error.field);
}

const list = (resource: string, query: Record<string, string>) =>
  `/api/admin/${resource}?${new URLSearchParams(query).toString()}`;

describe('client names never reach Object.prototype', () => {
  it.each([
    ['requests', { sort: '["__proto__","ASC"]' }, 'sort.0'],
    ['assignees', { sort: '["__proto__","ASC"]' }, 'sort.0'],
    ['requests', { sort: '["toString","DESC"]' }, 'sort.0'],
    ['requests', { filter: '{"constructor":1}' }, 'filter.constructor'],
    ['requests', { filter: '{"__proto__":{"r.id":1}}' }, 'filter.__proto__'],
    ['requests', { filter: '{"hasOwnProperty":1}' }, 'filter.hasOwnProperty'],
    ['audit-events', { filter: '{"toString":1}' }, 'filter.toString'],
    ['deliveries', { filter: '{"__proto__":1}' }, '__proto__'],
  ])('GET /api/admin/%s?%j is a 400 naming %s', async (resource, query, field) => {
    const answer = await call(stack, 'GET', list(resource, query), viewer.token);
    expect(answer.status).toBe(400);
    expect(fields(answer.body).join(' ')).toContain(field);
  });

  it('keeps sign-in, intake and status working after prototype sorts', async () => {
    await call(stack, 'GET', list('requests', { sort: '["__proto__","ASC"]' }), viewer.token);
    await call(stack, 'GET', list('assignees', { sort: '["__proto__","ASC"]' }), viewer.token);
    const prototype = Object.prototype as Record<string, unknown>;
    expect(prototype['r.id']).toBeUndefined();
    expect(prototype['u.id']).toBeUndefined();
    const login = await call(stack, 'POST', '/api/auth/login', undefined, {
      email: viewer.email,
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect((await call(stack, 'POST', '/api/requests', undefined, SUBMIT)).status).toBe(202);
    const sorted = await call(
      stack,
      'GET',
      list('requests', { sort: '["id","ASC"]' }),
      viewer.token,
    );
    expect(sorted.status).toBe(200);
  });

  it.each(['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty'])(
    'PUT /api/admin/settings/current with an extra %s is a 400 naming it',
    async (key) => {
      const answer = await fetch(`${stack.baseUrl}/api/admin/settings/current`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
        // Written out: an object literal's `__proto__` would set the prototype, not a key.
        body: `{"controllerName":"Flatris","${key}":1}`,
      });
      expect(answer.status).toBe(400);
      expect(fields((await answer.json()) as { errors: { field: string }[] })).toContain(key);
    },
  );
});

describe('text that cannot be stored is refused at the edge, naming the field', () => {
  const NUL = 'a\u0000b';

  it.each([
    ['POST', '/api/requests', { ...SUBMIT, name: NUL }, 'name'],
    ['POST', '/api/requests', { ...SUBMIT, details: 'cut \ud83d' }, 'details'],
    ['POST', '/api/requests/resend', { email: `x${NUL}@example.com`, reference: 'x' }, 'email'],
    ['POST', '/api/auth/login', { email: `x${NUL}@example.com`, password: 'p' }, 'email'],
    ['POST', '/api/auth/login', { email: 'x@example.com', password: `p${NUL}` }, 'password'],
    [
      'POST',
      '/api/requests',
      { ...SUBMIT, corrections: [{ field: 'a.b', value: NUL }] },
      'corrections.0.value',
    ],
  ])('%s %s %j', async (method, path, body, field) => {
    const answer = await call(stack, method, path, undefined, body);
    expect(answer.status).toBe(400);
    expect(fields(answer.body)).toContain(field);
  });

  it('refuses NUL and half a surrogate in staff routes, queries and route parameters', async () => {
    const request = await awaitingApproval(stack, 'nul-note@example.com');
    const cases: [string, string, unknown, string][] = [
      ['POST', `/api/admin/requests/${request.id}/note`, { text: NUL }, 'text'],
      ['POST', `/api/admin/requests/${request.id}/note`, { text: 'cut \ud83d' }, 'text'],
      [
        'POST',
        '/api/admin/users',
        { email: 'n@staff.example', name: NUL, role: 'viewer', password: TEST_PASSWORD },
        'name',
      ],
      ['PUT', '/api/admin/settings/current', { controllerName: 'lone \ud800' }, 'controllerName'],
      ['GET', list('requests', { filter: JSON.stringify({ q: NUL }) }), undefined, 'filter.q'],
      [
        'GET',
        list('requests', { filter: '{"dueBefore":"-100000-01-01T00:00:00Z"}' }),
        undefined,
        'filter.dueBefore',
      ],
      ['GET', '/api/admin/requests?x=%00', undefined, 'x'],
      ['GET', '/api/admin/requests/a%00b', undefined, 'id'],
    ];
    for (const [method, path, body, field] of cases) {
      const answer = await call(stack, method, path, admin.token, body);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(fields(answer.body)).toContain(field);
    }
  });

  it('keeps the audit chain verifiable with unusual but valid unicode in notes', async () => {
    const request = await awaitingApproval(stack, 'unicode-note@example.com');
    for (const text of ['astral 😀🏳️‍🌈 𝔘𝔫𝔦', 'combining e\u0301 a\u0308', 'separator \u2028 here']) {
      const answer = await call(
        stack,
        'POST',
        `/api/admin/requests/${request.id}/note`,
        admin.token,
        { text },
      );
      expect(answer.status).toBe(200);
    }
    const verified = await call(stack, 'GET', '/api/admin/audit-chain/verify', viewer.token);
    expect(verified.body).toMatchObject({ ok: true, broken: [] });
  });
});
