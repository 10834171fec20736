import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { StaffRole } from '@dsar/persistence';
import { startTestStack, type TestStack } from '../../../../e2e/support/test-stack.js';
import { call, signIn } from './testing/staff-test-kit.js';

// A whole stack per file and argon2 logins: slow on a shared two-core machine.
jest.setTimeout(60_000);

interface Route {
  method: string;
  path: string;
}

interface ExpressLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** Every route the running application answers, read from Express's own router. */
function routeTable(app: INestApplication): Route[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return express.router.stack.flatMap((layer) => {
    if (!layer.route) return [];
    const paths = [layer.route.path].flat();
    const { methods } = layer.route;
    // `@All()` is registered as `_all`, or (Nest 12) as one layer listing every verb Node knows.
    const verbs =
      methods._all || methods.acl ? ['ALL'] : Object.keys(methods).map((m) => m.toUpperCase());
    return verbs.flatMap((method) => paths.map((path) => ({ method, path })));
  });
}

const ROLES: StaffRole[] = ['viewer', 'officer', 'admin'];

/**
 * Who may call what, from DESIGN.md's roles (not from the code under test): admins everything;
 * officers work requests and tasks and read systems; viewers read all but users and settings.
 * A resource's catch-all answers 405 to every signed-in role.
 */
function allowedRoles(route: Route): StaffRole[] | 'catch_all' {
  if (route.method === 'ALL') return 'catch_all';
  const resource = route.path.split('/')[3];
  if (resource === 'users' || resource === 'settings') return ['admin'];
  if (route.method === 'GET') return ROLES;
  if (resource === 'systems') return ['admin'];
  return ['officer', 'admin'];
}

function concrete(path: string): string {
  return path
    .replace(/:id\b/g, '00000000-0000-4000-8000-00000000abcd')
    .replace(/:[A-Za-z]+/g, 'x')
    .replace(/\{\*[A-Za-z]+\}/g, 'x');
}

let stack: TestStack;
let routes: Route[];
const tokens: Partial<Record<StaffRole, string>> = {};

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
  routes = routeTable(stack.api).filter((route) => route.path.startsWith('/api/admin'));
  for (const role of ROLES) tokens[role] = (await signIn(stack, role)).token;
});

afterAll(async () => {
  await stack?.stop();
});

describe('authorization matrix over every admin route', () => {
  it('reads the route table of the running app', () => {
    const names = routes.map((route) => `${route.method} ${route.path}`);
    for (const expected of [
      'GET /api/admin/requests',
      'POST /api/admin/requests',
      'POST /api/admin/requests/:id/deny',
      'GET /api/admin/audit-chain/verify',
      'PUT /api/admin/users/:id',
      'ALL /api/admin/audit-events/:id',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('answers each route as anonymous, viewer, officer and admin as the roles say', async () => {
    const answers: string[] = [];
    const wrong: string[] = [];
    for (const route of routes) {
      const allowed = allowedRoles(route);
      const method = route.method === 'ALL' ? 'PATCH' : route.method;
      const path = concrete(route.path);
      const body = method === 'GET' ? undefined : {};
      const anonymous = await call(stack, method, path, undefined, body);
      if (anonymous.status !== 401) wrong.push(`${method} ${path} anonymous → ${anonymous.status}`);
      for (const role of ROLES) {
        const { status } = await call(stack, method, path, tokens[role], body);
        answers.push(`${method} ${route.path} ${role} ${status}`);
        const ok =
          allowed === 'catch_all'
            ? status === 405
            : allowed.includes(role)
              ? status !== 401 && status !== 403 && status < 500
              : status === 403;
        if (!ok) wrong.push(`${method} ${path} as ${role} → ${status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(answers.length).toBe(routes.length * ROLES.length);
  });

  it('serves the OpenAPI document with the admin routes at /api/docs', async () => {
    const page = await call(stack, 'GET', '/api/docs');
    expect(page.status).toBe(200);
    const document = await call(stack, 'GET', '/api/docs-json');
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/admin/requests',
        '/api/admin/requests/{id}/deny',
        '/api/auth/login',
      ]),
    );
  });

  it('refuses a malformed or unknown bearer token', async () => {
    expect((await call(stack, 'GET', '/api/admin/requests', 'not-a-token')).status).toBe(401);
    expect((await call(stack, 'GET', '/api/admin/requests', 'A'.repeat(43))).status).toBe(401);
  });
});
