import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { effectiveDueAtSql, identitiesToUse, type IdentityRecord } from '@dsar/domain';
import { StoreTaskEntity } from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { taskProcessorDueAt } from '../planning/task-due.js';

/** A parsed, whitelisted list query (the api's React-Admin dialect); the task alias is `t`. */
export interface TaskListQuery {
  sort: { column: string; order: 'ASC' | 'DESC' };
  range: { start: number; end: number };
  conditions: { sql: string; params: Record<string, unknown> }[];
}

/** The request's answer date (extended or not), selected beside each task as `task_due_at`. */
export const TASK_DUE_AT = 'task_due_at';

/**
 * A task with the answer date of its request, the processor's own date where the task waits on a
 * processor or a person (`processorLeadDays` before), and what to look the subject up by there.
 */
export type ListedTask = StoreTaskEntity & {
  dueAt: Date;
  processorDueAt: Date | null;
  identitiesToUse: IdentityRecord;
};

/** The task inbox for the admin UI; the request alias is `r`, so lists can sort by its deadline. */
@Injectable()
export class TaskListing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  async list(query: TaskListQuery): Promise<{ rows: ListedTask[]; total: number }> {
    const builder = this.tasksWhere(query.conditions);
    const counted = builder.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>();
    builder
      .orderBy(query.sort.column, query.sort.order)
      .addOrderBy('t.id', query.sort.order)
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1);
    const { processorLeadDays } = await this.settings.get();
    const [rows, count] = await Promise.all([listed(builder, processorLeadDays), counted]);
    return { rows, total: count?.total ?? 0 };
  }

  /** One task as the inbox lists it (no count, no sort); null when there is none. */
  async one(id: string): Promise<ListedTask | null> {
    const { processorLeadDays } = await this.settings.get();
    const [task] = await listed(
      this.tasksWhere([{ sql: 't.id = :taskId', params: { taskId: id } }]),
      processorLeadDays,
    );
    return task ?? null;
  }

  private tasksWhere(conditions: TaskListQuery['conditions']) {
    const builder = this.dataSource.manager
      .createQueryBuilder(StoreTaskEntity, 't')
      .innerJoin('requests', 'r', 'r.id = t.request_id')
      // A deleted system leaves its tasks: they then show no identities to use.
      .leftJoin('systems', 's', 's.id = t.system_id')
      .addSelect(effectiveDueAtSql('r'), TASK_DUE_AT)
      .addSelect('r.identities', 'task_identities')
      .addSelect('s.identity_types', 'task_identity_types')
      .addSelect('s.kind', 'task_system_kind');
    for (const condition of conditions) builder.andWhere(condition.sql, condition.params);
    return builder;
  }
}

/** The tasks with their request's deadline and the identities to use in their system. */
async function listed(
  builder: SelectQueryBuilder<StoreTaskEntity>,
  leadDays: number,
): Promise<ListedTask[]> {
  const { entities, raw } = await builder.getRawAndEntities();
  // One row per task (the join is to its one request), so raw and entities line up.
  return entities.map((task, index) => {
    const row = raw[index] as Record<string, unknown>;
    const dueAt = new Date(row[TASK_DUE_AT] as string);
    return Object.assign(task, {
      dueAt,
      processorDueAt: taskProcessorDueAt(
        row.task_system_kind as string | null,
        dueAt,
        leadDays,
        task.createdAt,
      ),
      identitiesToUse: identitiesToUse(
        row.task_identities as Record<string, string[]> | null,
        row.task_identity_types as string[] | null,
      ),
    });
  });
}
