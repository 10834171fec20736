import { describe, expect, it } from '@jest/globals';
import type { AuditEventEntity } from '@dsar/persistence';
import { auditEventView } from './audit-events-admin.service.js';

const STAFF = '72cdbace-1111-4111-8111-111111111111';
const SYSTEM = '5a5a5a5a-2222-4222-8222-222222222222';

const event = (over: Partial<AuditEventEntity>) =>
  ({
    id: 'e',
    chain: 'c',
    seq: 1,
    requestId: null,
    actorType: 'system',
    actorId: null,
    action: 'task_succeeded',
    fromStatus: null,
    toStatus: null,
    reason: null,
    data: {},
    createdAt: new Date(0),
    prevHash: null,
    hash: 'h',
    ...over,
  }) as AuditEventEntity;

const names = {
  staff: new Map([[STAFF, { name: 'Oleh Officer', role: 'officer' }]]),
  systems: new Map([[SYSTEM, 'Payments database']]),
};

describe('an audit event as staff read it', () => {
  it('names the system a task event is about', () => {
    expect(auditEventView(event({ data: { systemId: SYSTEM } }), names)).toMatchObject({
      systemName: 'Payments database',
      actorName: null,
    });
  });

  it('names the staff member and their role', () => {
    expect(auditEventView(event({ actorType: 'staff', actorId: STAFF }), names)).toMatchObject({
      actorName: 'Oleh Officer',
      actorRole: 'officer',
      systemName: null,
    });
  });
});
