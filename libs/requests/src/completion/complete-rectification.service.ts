import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { REQUEST_TYPE_RULES } from '@dsar/domain';
import type { RequestEntity, StoreTaskEntity } from '@dsar/persistence';
import { OutcomeAnswer } from './outcome-answer.js';
import type { AfterCommit, TypeCompletion } from './type-completion.js';

/** Rectification: closed with what each system corrected. */
@Injectable()
export class RectificationCompletion implements TypeCompletion {
  constructor(private readonly answer: OutcomeAnswer) {}

  async finish(
    manager: EntityManager,
    request: RequestEntity,
    tasks: StoreTaskEntity[],
  ): Promise<AfterCommit> {
    const mail = await this.answer.close(
      manager,
      request,
      tasks,
      REQUEST_TYPE_RULES.rectification.completionMail,
    );
    return () => this.answer.dispatch(mail);
  }
}
