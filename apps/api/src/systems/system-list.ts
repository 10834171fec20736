import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { SYSTEM_KINDS } from '@dsar/systems';
import { SystemEntity } from '@dsar/persistence';
import { filters, uuid } from '../admin/listing/filters.js';
import { type ListSpec, parseListQuery } from '../admin/listing/list-query.js';
import { runList } from '../admin/listing/list-runner.js';

export const SYSTEM_LIST: ListSpec = {
  resource: 'systems',
  defaultSort: ['name', 'ASC'],
  maxPageSize: 200,
  sort: {
    id: 's.id',
    name: 's.name',
    kind: 's.kind',
    enabled: 's.enabled',
    createdAt: 's.createdAt',
    updatedAt: 's.updatedAt',
  },
  filters: {
    id: filters.oneOrMany('s.id', uuid),
    kind: filters.oneOrMany('s.kind', z.enum(SYSTEM_KINDS)),
    enabled: filters.oneOrMany('s.enabled', z.boolean()),
    q: {
      schema: z.string().trim().min(1).max(100),
      where: (value: string, param) => ({
        sql: `(s.name || ' ' || s.owner_name) ILIKE :${param}`,
        params: { [param]: `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%` },
      }),
    },
  },
};

@Injectable()
export class SystemListReader {
  constructor(private readonly dataSource: DataSource) {}

  list(query: Record<string, unknown>) {
    return runList(
      this.dataSource.manager.createQueryBuilder(SystemEntity, 's'),
      parseListQuery(SYSTEM_LIST, query),
      's.id',
    );
  }
}
