import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { UI_DIST } from '../../apps/api/src/static/static-ui.module.js';
import { awaitingApproval, signIn } from '../../apps/api/src/admin/testing/staff-test-kit.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { type FuzzCase, fuzzCase, TARGETED_BODIES, TARGETED_QUERIES } from './hostile-input.js';
import { type Route, routeParams, routeTable } from './route-table.js';

/**
 * Every route of the running app (public and admin, anonymous and each staff role) gets targeted
 * and random hostile bodies, queries, headers and parameters. Asserted for every call: no 5xx,
 * an answer within 2 s, and a rejected (4xx) call leaves every table's row count as it was.
 * CI runs the fixed seed; FUZZ_RUNS=20000 (and FUZZ_SEED) for a longer local hunt.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1200);
const SLOW_MS = 2_000;
const ROLES: FuzzCase['role'][] = ['anonymous', 'viewer', 'officer', 'admin'];
// Ending the fuzz's own sessions would only make every later call a 401.
const NOT_FUZZED = new Set(['POST /api/auth/logout']);

// `npm test` builds the UIs first; a worktree without them answers their pages 503 "not built".
const UI_BUILT = Object.values(UI_DIST).every((dir) => existsSync(join(dir, 'index.html')));

jest.setTimeout(Math.max(240_000, RUNS * 200));

let stack: TestStack;
let db: pg.Client;
let routes: Route[];
let countSql: string;
let requestId: string;
const tokens: Partial<Record<FuzzCase['role'], string>> = {};

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
  routes = routeTable(stack.api).filter(
    (route) => !NOT_FUZZED.has(`${route.method} ${route.path}`),
  );
  for (const role of ['viewer', 'officer', 'admin'] as const) {
    tokens[role] = (await signIn(stack, role)).token;
  }
  requestId = (await awaitingApproval(stack, 'fuzz-subject@example.com')).id;
  const { rows } = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  countSql = `SELECT json_build_object(${rows
    .map(
      (row) => `'${row.tablename}', (SELECT count(*) FROM ${pg.escapeIdentifier(row.tablename)})`,
    )
    .join(', ')}) AS counts`;
});

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

async function rowCounts(): Promise<Record<string, number>> {
  return (await db.query<{ counts: Record<string, number> }>(countSql)).rows[0]!.counts;
}

function concretePath(route: Route, values: string[], useRealIds: boolean): string {
  let path = route.path;
  routeParams(route.path).forEach((param, index) => {
    const value =
      useRealIds && param === ':id' ? requestId : (values[index % values.length] ?? 'x');
    path = path.replace(param, value);
  });
  return path;
}

interface Outcome {
  call: string;
  status: number;
  ms: number;
}

async function send(fuzz: FuzzCase, useRealIds: boolean): Promise<Outcome> {
  const route = routes[fuzz.routeIndex]!;
  const method = route.method === 'ALL' ? 'PATCH' : route.method;
  const path = concretePath(route, fuzz.params, useRealIds);
  const url = `${stack.baseUrl}${path}${fuzz.query ? `?${fuzz.query}` : ''}`;
  const token = fuzz.role === 'anonymous' ? undefined : tokens[fuzz.role];
  const headers: Record<string, string> = { ...fuzz.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  const withBody = fuzz.body !== null && method !== 'GET' && method !== 'HEAD';
  if (withBody && fuzz.contentType) headers['content-type'] = fuzz.contentType;
  const started = performance.now();
  let status: number;
  try {
    const response = await fetch(url, {
      method,
      headers,
      body: withBody ? fuzz.body : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    status = response.status;
    if (status === 503 && !UI_BUILT && / UI is not built yet/.test(text)) status = 0;
  } catch (error) {
    // No answer at all (a reset or a timeout) is as bad as a 5xx.
    status = 599;
    void error;
  }
  const ms = performance.now() - started;
  const shown = `${method} ${path.slice(0, 120)}${fuzz.query ? `?${fuzz.query.slice(0, 200)}` : ''} as ${fuzz.role}${withBody ? ` [${fuzz.contentType ?? 'no type'}] ${fuzz.body!.slice(0, 200)}` : ''}`;
  return { call: shown, status, ms };
}

describe('fuzz over the route table', () => {
  it('answers every hostile call with no 5xx, within 2 s, and writes nothing when it refuses', async () => {
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let cases = 0;
    let counts = await rowCounts();
    const run = async (fuzz: FuzzCase, useRealIds: boolean) => {
      const outcome = await send(fuzz, useRealIds);
      cases += 1;
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      const route = routes[fuzz.routeIndex]!;
      if (outcome.status === 0) return; // an unbuilt UI page, see UI_BUILT
      if (outcome.status >= 500) problems.push(`${outcome.status}: ${outcome.call}`);
      if (outcome.ms > SLOW_MS) problems.push(`slow ${Math.round(outcome.ms)} ms: ${outcome.call}`);
      if (
        fuzz.role === 'anonymous' &&
        route.path.startsWith('/api/admin') &&
        outcome.status < 400
      ) {
        problems.push(`unauthenticated ${outcome.status}: ${outcome.call}`);
      }
      const after = await rowCounts();
      if (outcome.status >= 400 && outcome.status < 500) {
        const changed = Object.keys(after).filter((table) => after[table] !== counts[table]);
        if (changed.length) {
          problems.push(
            `refused ${outcome.status} but wrote rows in ${changed.join(', ')}: ${outcome.call}`,
          );
        }
      }
      counts = after;
    };

    const started = Date.now();
    // Targeted: every route, each payload once, the roles in turn.
    let turn = 0;
    for (const [routeIndex, route] of routes.entries()) {
      const payloads =
        route.method === 'GET'
          ? TARGETED_QUERIES.map((query) => ({ query, body: null }))
          : TARGETED_BODIES.map((body) => ({ query: '', body }));
      for (const payload of payloads) {
        const role = ROLES[turn++ % ROLES.length]!;
        await run(
          {
            routeIndex,
            role,
            params: ['%00', 'cut%ED%A0%BD'],
            query: payload.query,
            contentType: 'application/json',
            body: payload.body,
            headers: {},
          },
          turn % 2 === 0,
        );
      }
    }
    const targeted = cases;

    // Random: a fixed seed in CI, so a failure is the same failure on every run.
    const random = fc.sample(fc.tuple(fuzzCase(routes.length, ROLES), fc.boolean()), {
      seed: SEED,
      numRuns: RUNS,
    });
    for (const [fuzz, useRealIds] of random) await run(fuzz, useRealIds);

    const histogram = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    process.stdout.write(
      `fuzz: ${cases} cases over ${routes.length} routes (${targeted} targeted, ${cases - targeted} random, seed ${SEED}) in ${Math.round((Date.now() - started) / 1000)} s; ${histogram}\n`,
    );
    expect(problems).toEqual([]);
    expect(cases).toBe(targeted + RUNS);
  });
});
