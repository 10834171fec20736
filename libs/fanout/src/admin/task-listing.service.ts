import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StoreTaskEntity } from '@dsar/persistence';

/** A parsed, whitelisted list query (the api's React-Admin dialect); the task alias is `t`. */
export interface TaskListQuery {
  sort: { column: string; order: 'ASC' | 'DESC' };
  range: { start: number; end: number };
  conditions: { sql: string; params: Record<string, unknown> }[];
}

/** The task inbox for the admin UI. */
@Injectable()
export class TaskListing {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: TaskListQuery): Promise<{ rows: StoreTaskEntity[]; total: number }> {
    const builder = this.dataSource.manager.createQueryBuilder(StoreTaskEntity, 't');
    for (const condition of query.conditions) builder.andWhere(condition.sql, condition.params);
    const counted = builder.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>();
    builder
      .orderBy(query.sort.column, query.sort.order)
      .addOrderBy('t.id', query.sort.order)
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1);
    const [rows, count] = await Promise.all([builder.getMany(), counted]);
    return { rows, total: count?.total ?? 0 };
  }
}
