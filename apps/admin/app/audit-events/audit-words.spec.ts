import { describe, expect, it } from '@jest/globals';
import { actorLabel, eventLabel, statusChange } from './audit-words.js';

const event = {
  actorType: 'staff',
  actorId: '72cdbace-0000-4000-8000-000000000000',
  actorName: 'Oleh Officer',
  actorRole: 'officer',
  systemName: null,
  action: 'approve',
  fromStatus: 'awaiting_approval',
  toStatus: 'in_progress',
};

describe('the evidence in words', () => {
  it('names staff by name and role, never by a piece of their id', () => {
    expect(actorLabel(event)).toBe('Oleh Officer (officer)');
    expect(actorLabel({ ...event, actorType: 'subject', actorId: null })).toBe('The subject');
    expect(actorLabel(event)).not.toContain('72cdbace');
  });

  it('names the system of a task event', () => {
    expect(
      eventLabel({ ...event, action: 'task_succeeded', systemName: 'Payments database' }),
    ).toBe('System answered: Payments database');
    expect(eventLabel(event)).toBe('Approved');
  });

  it('says status changes in words', () => {
    expect(statusChange(event)).toBe('Awaiting approval → In progress');
    expect(statusChange({ ...event, toStatus: 'awaiting_approval' })).toBe('');
  });
});
