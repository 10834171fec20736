import type { INestApplication } from '@nestjs/common';

export interface Route {
  method: string;
  path: string;
}

interface ExpressLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** Every route the running application answers, read from Express's own router. */
export function routeTable(app: INestApplication): Route[] {
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

/** The route's parameters (`:id`, `{*path}`) in order. */
export function routeParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)|\{\*([A-Za-z]+)\}/g)].map((match) => match[0]);
}
