import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DomainError } from '@dsar/domain';
import { StaffUserEntity, STAFF_ROLES } from '@dsar/persistence';
import { filters, uuid } from '../listing/filters.js';
import { type ListSpec, parseListQuery } from '../listing/list-query.js';
import { runList } from '../listing/list-runner.js';

export const USER_LIST: ListSpec = {
  resource: 'users',
  defaultSort: ['email', 'ASC'],
  maxPageSize: 200,
  sort: { id: 'u.id', email: 'u.email', name: 'u.name', role: 'u.role', createdAt: 'u.createdAt' },
  filters: {
    id: filters.oneOrMany('u.id', uuid),
    role: filters.oneOrMany('u.role', z.enum(STAFF_ROLES)),
    enabled: filters.oneOrMany('u.enabled', z.boolean()),
    q: {
      schema: z.string().trim().min(1).max(100),
      where: (value: string, param) => ({
        sql: `(u.email || ' ' || u.name) ILIKE :${param}`,
        params: { [param]: `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%` },
      }),
    },
  },
};

/** A staff account as the admin API shows it: never the password hash. */
export function userView(user: StaffUserEntity) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    enabled: user.enabled,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

/** Colleagues a request can be assigned to: enabled officers and admins. */
export const ASSIGNEE_LIST: ListSpec = {
  resource: 'assignees',
  defaultSort: ['name', 'ASC'],
  maxPageSize: 200,
  sort: { id: 'u.id', name: 'u.name' },
  filters: { id: USER_LIST.filters.id!, q: USER_LIST.filters.q! },
};

@Injectable()
export class UserAdminReader {
  constructor(private readonly dataSource: DataSource) {}

  list(query: Record<string, unknown>) {
    return runList(
      this.dataSource.manager.createQueryBuilder(StaffUserEntity, 'u'),
      parseListQuery(USER_LIST, query),
      'u.id',
    );
  }

  listAssignees(query: Record<string, unknown>) {
    return runList(
      this.dataSource.manager
        .createQueryBuilder(StaffUserEntity, 'u')
        .where(`u.enabled AND u.role IN ('officer', 'admin')`),
      parseListQuery(ASSIGNEE_LIST, query),
      'u.id',
    );
  }

  async getAssignee(id: string): Promise<StaffUserEntity> {
    const user = await this.dataSource.manager.findOneBy(StaffUserEntity, { id });
    if (!user) throw new DomainError('not_found', `No staff member with id ${id}`);
    return user;
  }
}
