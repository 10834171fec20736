import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@dsar/domain';
import { RequestEntity } from '@dsar/persistence';
import { parseListQuery } from '../listing/list-query.js';
import { runList } from '../listing/list-runner.js';
import { REQUEST_LIST } from './request-list.js';

/** Reads requests for the admin API. */
@Injectable()
export class RequestAdminReader {
  constructor(private readonly dataSource: DataSource) {}

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
