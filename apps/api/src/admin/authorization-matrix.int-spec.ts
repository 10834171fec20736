import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { StaffRole } from '@dsar/persistence';
import { ACCESS_KEY, type RouteAccess } from '@dsar/staff';
import { OUTSIDE_API_PREFIX } from '../create-app.js';
import { startTestStack, type TestStack } from '../testing/api-stack.js';
import { call, signIn } from './testing/staff-test-kit.js';

// A whole stack per file and argon2 logins: slow on a shared two-core machine.
jest.setTimeout(60_000);

interface Route {
  method: string;
  path: string;
}

interface ExpressLayer {
  route?: {
    path: string | string[];
    methods: Record<string, boolean>;
    stack: { handle: { name: string } }[];
  };
}

/**
 * Nest registers its middleware (the request logger) as routes too, each step a function named
 * `handler` (@nestjs/core middleware-module); they run before a controller and call next().
 */
const isMiddleware = (layer: ExpressLayer) =>
  layer.route!.stack.every((step) => step.handle.name === 'handler');

/** Every route the running application answers, read from Express's own router. */
function routeTable(app: INestApplication): Route[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return express.router.stack.flatMap((layer) => {
    if (!layer.route || isMiddleware(layer)) return [];
    const paths = [layer.route.path].flat();
    const { methods } = layer.route;
    // `@All()` is registered as `_all`, or (Nest 12) as one layer listing every verb Node knows.
    const verbs =
      methods._all || methods.acl ? ['ALL'] : Object.keys(methods).map((m) => m.toUpperCase());
    return verbs.flatMap((method) => paths.map((path) => ({ method, path })));
  });
}

/** Swagger UI and its document are served by the HTTP adapter, not by a controller. */
const isDocsRoute = (route: Route) => /^\/api\/docs(-json|-yaml)?(\/|$)/.test(route.path);

/**
 * Nest's 404 handler, mounted for every verb on each path outside the `/api` prefix
 * (platform-express `setNotFoundHandler`) so a verb nobody serves there still gets a 404.
 */
const isNotFoundRoute = (route: Route) =>
  route.method === 'ALL' && OUTSIDE_API_PREFIX.some((path) => route.path === `/${path}`);

interface DeclaredRoute extends Route {
  access: RouteAccess | undefined;
  handler: string;
}

const joinPath = (...parts: string[]) =>
  parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');

function outsidePrefix(path: string): boolean {
  return OUTSIDE_API_PREFIX.some((excluded) =>
    excluded.endsWith('{/*path}')
      ? path === excluded.slice(0, -'{/*path}'.length) ||
        path.startsWith(`${excluded.slice(0, -'{/*path}'.length)}/`)
      : path === excluded,
  );
}

/** Every controller handler Nest knows, with the access mark the guard will read for it. */
function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const modules = [...app.get(ModulesContainer).values()];
  const controllers = new Set(
    modules.flatMap((module) =>
      [...module.controllers.values()].map((wrapper) => wrapper.metatype),
    ),
  );
  return [...controllers].flatMap((type) => {
    if (typeof type !== 'function') return [];
    const prototype = type.prototype as Record<string, unknown>;
    const bases = [Reflect.getMetadata(PATH_METADATA, type) as string | string[]].flat();
    const classAccess = Reflect.getMetadata(ACCESS_KEY, type) as RouteAccess | undefined;
    return Object.getOwnPropertyNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      if (name === 'constructor' || typeof handler !== 'function') return [];
      const own = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (own === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const access =
        (Reflect.getMetadata(ACCESS_KEY, handler) as RouteAccess | undefined) ?? classAccess;
      return bases.flatMap((base) =>
        [own].flat().map((methodPath) => {
          const path = joinPath(base, methodPath);
          return {
            method,
            path: outsidePrefix(path) ? `/${path}` : `/${joinPath('api', path)}`,
            access,
            handler: `${type.name}.${name}`,
          };
        }),
      );
    });
  });
}

/** A raw request: no client normalises `..`, doubled slashes or escapes on the way. */
function rawStatus(method: string, path: string): Promise<number> {
  const { hostname, port } = new URL(stack.baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: hostname, port, method, path }, (answer) => {
      answer.resume();
      answer.on('end', () => resolve(answer.statusCode ?? 0));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Spellings of one path that a lenient router, or a guard reading text, might take for it. */
function variants(path: string): string[] {
  const rest = path.slice('/api/admin'.length);
  const capitalised = path.replace(/\/([a-z])/g, (_, letter: string) => `/${letter.toUpperCase()}`);
  return [
    path.toUpperCase(),
    capitalised,
    `/Api/admin${rest}`,
    `/api/ADMIN${rest}`,
    `${path}/`,
    `/api//admin${rest}`,
    `//api/admin${rest}`,
    `/api/admin/${rest.replace(/^\//, '/')}`,
    `/api/%61dmin${rest}`,
    `/%61pi/admin${rest}`,
    `/api/admin${rest.replace(/^\/([a-z])/, (_, letter: string) => `/%${letter.charCodeAt(0).toString(16)}`)}`,
    `/api/x/../admin${rest}`,
    `/api/admin/./${rest.replace(/^\//, '')}`,
    `/api/admin/x/..${rest}`,
    `/api/admin${rest};x`,
  ];
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
let everyRoute: Route[];
const tokens: Partial<Record<StaffRole, string>> = {};

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
  everyRoute = routeTable(stack.api);
  routes = everyRoute.filter((route) => route.path.startsWith('/api/admin'));
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
      'POST /api/admin/requests/bulk/approve',
      'POST /api/admin/requests/bulk/assign',
      'POST /api/admin/requests/bulk/deny',
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

  it('finds an access mark (public or staff) on 100 % of the routes the router serves', () => {
    const declared = declaredRoutes(stack.api);
    const key = (route: Route) => `${route.method} ${route.path.replace(/(.)\/$/, '$1')}`;
    const byRoute = new Map(declared.map((route) => [key(route), route]));
    const served = everyRoute.filter((route) => !isDocsRoute(route) && !isNotFoundRoute(route));
    const unknown = served.filter((route) => !byRoute.has(key(route)));
    expect(unknown).toEqual([]);
    const unmarked = declared.filter((route) => route.access === undefined);
    expect(unmarked.map((route) => route.handler)).toEqual([]);
    // Every declared handler is served, so the walk above covered the real table.
    const servedNames = new Set(served.map(key));
    expect(declared.filter((route) => !servedNames.has(key(route)))).toEqual([]);
    for (const route of declared.filter((one) => one.path.startsWith('/api/admin'))) {
      expect([route.handler, route.access]).toEqual([route.handler, 'staff']);
    }
    expect(byRoute.get('POST /api/auth/login')?.access).toBe('public');
    expect(byRoute.get('GET /download')?.access).toBe('public');
  });

  it('answers no spelling of an admin path with 2xx without a token: 401 or 404', async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const route of routes) {
      const method = route.method === 'ALL' ? 'PATCH' : route.method;
      for (const path of variants(concrete(route.path))) {
        tried += 1;
        const status = await rawStatus(method, path);
        if (status !== 401 && status !== 404) wrong.push(`${method} ${path} → ${status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(tried).toBeGreaterThan(routes.length * 10);
  });

  it('routes one spelling only: a capitalised admin path is unknown even with a token', async () => {
    const token = tokens.admin;
    expect((await call(stack, 'GET', '/api/admin/requests', token)).status).toBe(200);
    for (const path of ['/API/ADMIN/requests', '/Api/admin/stats', '/api/admin/requests/']) {
      expect([path, (await call(stack, 'GET', path, token)).status]).toEqual([path, 404]);
    }
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
