import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { z } from 'zod';
import { DomainError } from '@dsar/domain';
import { AuditEventEntity, StaffUserEntity, SystemEntity } from '@dsar/persistence';
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

/** Who and what an event names, by name: staff by their name and role, systems by theirs. */
export interface AuditNames {
  staff: Map<string, { name: string; role: string }>;
  systems: Map<string, string>;
}

const NO_NAMES: AuditNames = { staff: new Map(), systems: new Map() };

export function auditEventView(event: AuditEventEntity, names: AuditNames = NO_NAMES) {
  const staff =
    event.actorType === 'staff' && event.actorId ? names.staff.get(event.actorId) : null;
  const systemId = typeof event.data?.systemId === 'string' ? event.data.systemId : null;
  return {
    id: event.id,
    chain: event.chain,
    seq: event.seq,
    requestId: event.requestId,
    actorType: event.actorType,
    actorId: event.actorId,
    actorName: staff?.name ?? null,
    actorRole: staff?.role ?? null,
    systemName: systemId ? (names.systems.get(systemId) ?? null) : null,
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

  /** The names of the staff and systems a page of events refers to, in two small queries. */
  async names(events: AuditEventEntity[]): Promise<AuditNames> {
    const staffIds = [
      ...new Set(events.filter((e) => e.actorType === 'staff' && e.actorId).map((e) => e.actorId!)),
    ];
    const systemIds = [
      ...new Set(
        events
          .map((e) => e.data?.systemId)
          .filter((id): id is string => typeof id === 'string' && uuid.safeParse(id).success),
      ),
    ];
    const manager = this.dataSource.manager;
    const [staff, systems] = await Promise.all([
      staffIds.length ? manager.findBy(StaffUserEntity, { id: In(staffIds) }) : [],
      systemIds.length ? manager.findBy(SystemEntity, { id: In(systemIds) }) : [],
    ]);
    return {
      staff: new Map(staff.map((user) => [user.id, { name: user.name, role: user.role }])),
      systems: new Map(systems.map((system) => [system.id, system.name])),
    };
  }

  async get(id: string): Promise<AuditEventEntity> {
    const event = await this.dataSource.manager.findOneBy(AuditEventEntity, { id });
    if (!event) throw new DomainError('not_found', `No audit event with id ${id}`);
    return event;
  }
}
