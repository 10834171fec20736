import type { EntityManager } from 'typeorm';
import type { RequestEntity, StoreTaskEntity } from '@dsar/persistence';

/** What to do once the finaliser's transaction has committed. */
export type AfterCommit = () => Promise<void>;

/** One request type's answer, begun in the finaliser's transaction once every task is final. */
export interface TypeCompletion {
  finish(
    manager: EntityManager,
    request: RequestEntity,
    tasks: StoreTaskEntity[],
  ): Promise<AfterCommit>;
}
