import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DomainError } from '@dsar/domain';
import { AuditEventEntity } from '@dsar/persistence';
import { filters, uuid } from '../listing/filters.js';
import { type ListSpec, parseListQuery } from '../listing/list-query.js';
import { runList } from '../listing/list-runner.js';

export const AUDIT_EVENT_LIST: ListSpec = {
  resource: 'audit-events',
  defaultSort: ['createdAt', 'DESC'],
  maxPageSize: 500,
  sort: { id: 'e.id', createdAt: 'e.createdAt', seq: 'e.seq', action: 'e.action' },
  filters: {
    id: filters.oneOrMany('e.id', uuid),
    requestId: filters.nullableEquals('e.requestId', uuid),
    actorId: filters.nullableEquals('e.actorId', uuid),
    actorType: filters.oneOrMany('e.actorType', z.enum(['subject', 'staff', 'system'])),
    action: filters.oneOrMany('e.action', z.string().trim().min(1).max(64)),
    createdBefore: filters.before('e.createdAt'),
    createdAfter: filters.after('e.createdAt'),
  },
};

export function auditEventView(event: AuditEventEntity) {
  return {
    id: event.id,
    chain: event.chain,
    seq: event.seq,
    requestId: event.requestId,
    actorType: event.actorType,
    actorId: event.actorId,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    reason: event.reason,
    data: event.data,
    createdAt: event.createdAt,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

@Injectable()
export class AuditEventReader {
  constructor(private readonly dataSource: DataSource) {}

  list(query: Record<string, unknown>) {
    return runList(
      this.dataSource.manager.createQueryBuilder(AuditEventEntity, 'e'),
      parseListQuery(AUDIT_EVENT_LIST, query),
      'e.id',
    );
  }

  async get(id: string): Promise<AuditEventEntity> {
    const event = await this.dataSource.manager.findOneBy(AuditEventEntity, { id });
    if (!event) throw new DomainError('not_found', `No audit event with id ${id}`);
    return event;
  }
}
