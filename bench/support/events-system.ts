import { call, type SignedIn } from '../../apps/api/src/admin/testing/staff-test-kit.js';
import type { TestStack } from '../../e2e/support/test-stack.js';

/** A dataset map's `fields` for the benches' `events` table (category and erasure per column). */
export type EventsFields = Record<string, { category: string; erasure: 'hash' | 'null' }>;

/**
 * Registers the benches' company table `events` (key `id`, identity `email`) as a PostgreSQL
 * system through the admin API, as an administrator would: the real connector reads and erases it.
 */
export async function registerEventsSystem(
  stack: TestStack,
  admin: SignedIn,
  url: string,
  fields: EventsFields,
): Promise<void> {
  const system = await call(stack, 'POST', '/api/admin/systems', admin.token, {
    name: 'Web analytics',
    kind: 'postgres',
    owner: { name: 'Data team', email: 'data@example.com' },
    identityTypes: ['email'],
    actions: ['access', 'erasure'],
    settings: {
      url,
      dataset: {
        tables: [{ name: 'events', primaryKey: ['id'], identities: { email: 'email' }, fields }],
      },
    },
  });
  if (system.status !== 201)
    throw new Error(`system: ${system.status} ${JSON.stringify(system.body)}`);
}
