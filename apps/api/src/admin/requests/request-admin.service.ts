import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError, internalTarget } from '@dsar/domain';
import { RequestEntity } from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { parseListQuery } from '../listing/list-query.js';
import { runList } from '../listing/list-runner.js';
import { REQUEST_LIST } from './request-list.js';

/** Reads requests for the admin API. */
@Injectable()
export class RequestAdminReader {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  /** The staff's target for a request: `internalTargetDays` working days before its deadline. */
  async targetOf(): Promise<(request: RequestEntity) => Date> {
    const { internalTargetDays } = await this.settings.get();
    return (request) => internalTarget(request.effectiveDueAt(), internalTargetDays, this.config);
  }

  list(query: Record<string, unknown>) {
    const parsed = parseListQuery(REQUEST_LIST, query);
    return runList(this.dataSource.manager.createQueryBuilder(RequestEntity, 'r'), parsed, 'r.id');
  }

  async get(id: string): Promise<RequestEntity> {
    const request = await this.dataSource.manager.findOneBy(RequestEntity, { id });
    if (!request) throw new DomainError('not_found', `No request with id ${id}`);
    return request;
  }
}
