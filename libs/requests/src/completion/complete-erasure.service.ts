import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { REQUEST_TYPE_RULES } from '@dsar/domain';
import type { RequestEntity, StoreTaskEntity } from '@dsar/persistence';
import { AccessPackages } from '@dsar/packages';
import { OutcomeAnswer } from './outcome-answer.js';
import type { AfterCommit, TypeCompletion } from './type-completion.js';

/** Erasure: the subject's earlier access packages go too; the files once the change is committed. */
@Injectable()
export class ErasureCompletion implements TypeCompletion {
  constructor(
    private readonly answer: OutcomeAnswer,
    private readonly packages: AccessPackages,
  ) {}

  async finish(
    manager: EntityManager,
    request: RequestEntity,
    tasks: StoreTaskEntity[],
  ): Promise<AfterCommit> {
    // Packages are filed under the e-mail; a request without one has none.
    const deletedFiles =
      request.email === null ? [] : await this.packages.deleteForSubject(manager, request.email);
    const mail = await this.answer.close(
      manager,
      request,
      tasks,
      REQUEST_TYPE_RULES.erasure.completionMail,
    );
    return async () => {
      await this.answer.dispatch(mail);
      await this.packages.removeFiles(deletedFiles);
    };
  }
}
