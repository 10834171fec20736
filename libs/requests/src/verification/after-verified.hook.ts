import type { EntityManager } from 'typeorm';
import type { RequestEntity } from '@dsar/persistence';

/** Injection token: what happens right after a request is verified (auto-approval). */
export const AFTER_VERIFIED = Symbol('AFTER_VERIFIED');

export interface AfterVerifiedHook {
  /** Runs in the verification's transaction; `afterCommit` runs once it has committed. */
  onVerified(
    manager: EntityManager,
    request: RequestEntity,
  ): Promise<{ afterCommit(): Promise<void> } | null>;
}
