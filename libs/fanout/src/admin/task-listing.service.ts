import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { effectiveDueAtSql, identitiesToUse, type IdentityRecord } from '@dsar/domain';
import { StoreTaskEntity } from '@dsar/persistence';

/** A parsed, whitelisted list query (the api's React-Admin dialect); the task alias is `t`. */
export interface TaskListQuery {
  sort: { column: string; order: 'ASC' | 'DESC' };
  range: { start: number; end: number };
  conditions: { sql: string; params: Record<string, unknown> }[];
}

/** The request's answer date (extended or not), selected beside each task as `task_due_at`. */
export const TASK_DUE_AT = 'task_due_at';

/** A task with the answer date of its request and what to look the subject up by there. */
export type ListedTask = StoreTaskEntity & { dueAt: Date; identitiesToUse: IdentityRecord };

/** The task inbox for the admin UI; the request alias is `r`, so lists can sort by its deadline. */
@Injectable()
export class TaskListing {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: TaskListQuery): Promise<{ rows: ListedTask[]; total: number }> {
    const builder = this.dataSource.manager
      .createQueryBuilder(StoreTaskEntity, 't')
      .innerJoin('requests', 'r', 'r.id = t.request_id')
      // A deleted system leaves its tasks: they then show no identities to use.
      .leftJoin('systems', 's', 's.id = t.system_id')
      .addSelect(effectiveDueAtSql('r'), TASK_DUE_AT)
      .addSelect('r.identities', 'task_identities')
      .addSelect('s.identity_types', 'task_identity_types');
    for (const condition of query.conditions) builder.andWhere(condition.sql, condition.params);
    const counted = builder.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>();
    builder
      .orderBy(query.sort.column, query.sort.order)
      .addOrderBy('t.id', query.sort.order)
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1);
    const [{ entities, raw }, count] = await Promise.all([builder.getRawAndEntities(), counted]);
    // One row per task (the join is to its one request), so raw and entities line up.
    const rows = entities.map((task, index) => {
      const row = raw[index] as Record<string, unknown>;
      return Object.assign(task, {
        dueAt: new Date(row[TASK_DUE_AT] as string),
        identitiesToUse: identitiesToUse(
          row.task_identities as Record<string, string[]> | null,
          row.task_identity_types as string[] | null,
        ),
      });
    });
    return { rows, total: count?.total ?? 0 };
  }

  /** One task as the inbox lists it; null when there is none. */
  async one(id: string): Promise<ListedTask | null> {
    const { rows } = await this.list({
      sort: { column: 't.createdAt', order: 'ASC' },
      range: { start: 0, end: 0 },
      conditions: [{ sql: 't.id = :taskId', params: { taskId: id } }],
    });
    return rows[0] ?? null;
  }
}
