import type { EntityManager } from 'typeorm';
import type { CompletionMailName } from '@dsar/domain';
import type { RequestEntity, StoreTaskEntity } from '@dsar/persistence';
import type { OutcomeAnswer } from './outcome-answer.js';
import type { AfterCommit, TypeCompletion } from './type-completion.js';

/**
 * A type whose answer is what each system did (restriction, objection, opt-out, the limit on
 * sensitive data): closed at once with the type's own completion mail listing the systems told.
 */
export class OutcomeCompletion implements TypeCompletion {
  constructor(
    private readonly answer: OutcomeAnswer,
    private readonly mail: Parameters<OutcomeAnswer['close']>[3] & CompletionMailName,
  ) {}

  async finish(
    manager: EntityManager,
    request: RequestEntity,
    tasks: StoreTaskEntity[],
  ): Promise<AfterCommit> {
    const mail = await this.answer.close(manager, request, tasks, this.mail);
    return () => this.answer.dispatch(mail);
  }
}
