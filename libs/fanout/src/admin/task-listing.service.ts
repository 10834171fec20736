import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { effectiveDueAtSql } from '@dsar/domain';
import { StoreTaskEntity } from '@dsar/persistence';

/** A parsed, whitelisted list query (the api's React-Admin dialect); the task alias is `t`. */
export interface TaskListQuery {
  sort: { column: string; order: 'ASC' | 'DESC' };
  range: { start: number; end: number };
  conditions: { sql: string; params: Record<string, unknown> }[];
}

/** The request's answer date (extended or not), selected beside each task as `task_due_at`. */
export const TASK_DUE_AT = 'task_due_at';

/** A task with the answer date of its request: what the inbox is worked by. */
export type ListedTask = StoreTaskEntity & { dueAt: Date };

/** The task inbox for the admin UI; the request alias is `r`, so lists can sort by its deadline. */
@Injectable()
export class TaskListing {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: TaskListQuery): Promise<{ rows: ListedTask[]; total: number }> {
    const builder = this.dataSource.manager
      .createQueryBuilder(StoreTaskEntity, 't')
      .innerJoin('requests', 'r', 'r.id = t.request_id')
      .addSelect(effectiveDueAtSql('r'), TASK_DUE_AT);
    for (const condition of query.conditions) builder.andWhere(condition.sql, condition.params);
    const counted = builder.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>();
    builder
      .orderBy(query.sort.column, query.sort.order)
      .addOrderBy('t.id', query.sort.order)
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1);
    const [{ entities, raw }, count] = await Promise.all([builder.getRawAndEntities(), counted]);
    // One row per task (the join is to its one request), so raw and entities line up.
    const rows = entities.map((task, index) =>
      Object.assign(task, { dueAt: new Date((raw[index] as Record<string, string>)[TASK_DUE_AT]) }),
    );
    return { rows, total: count?.total ?? 0 };
  }
}
