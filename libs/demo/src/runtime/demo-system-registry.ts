import type { Actor } from '@dsar/persistence';
import type { DemoSystem } from '../systems/demo-systems.js';

/**
 * Injection token: how the seeder registers systems. Bound to the systems registry's service
 * (libs/systems), so each demo system is validated and stored — map checked against the live
 * schema, secrets sealed, an audit event written — exactly as `POST /api/admin/systems` would.
 */
export const DEMO_SYSTEM_REGISTRY = Symbol('DEMO_SYSTEM_REGISTRY');

export interface DemoSystemRegistry {
  create(system: DemoSystem, actor: Actor): Promise<{ id: string }>;
}
