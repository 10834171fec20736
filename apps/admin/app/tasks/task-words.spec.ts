import { describe, expect, it } from '@jest/globals';
import { taskTitle, taskToDoLabel } from './task-words.js';

describe("the task page's title", () => {
  it('names the system, what to do and the request, never the task id', () => {
    expect(
      taskTitle(
        { systemName: 'Newsletter processor', action: 'erasure' },
        { reference: 'DSAR-2026-0042', type: 'erasure' },
      ),
    ).toBe('Newsletter processor: Erase · DSAR-2026-0042, erasure request');
    expect(
      taskTitle(
        { systemName: 'CRM', action: 'access' },
        { reference: 'DSAR-2026-0007', type: 'portability' },
      ),
    ).toBe('CRM: Send a copy · DSAR-2026-0007, portability request');
  });

  it('shows the system while the request loads, and a plain word before the task has', () => {
    expect(taskTitle({ systemName: 'CRM', action: 'rectification' })).toBe('CRM: Correct');
    expect(taskTitle(undefined)).toBe('Task');
  });
});

describe("a task's to-do", () => {
  it('says a lookup-only task only looks the subject up', () => {
    expect(taskToDoLabel({ action: 'erasure' })).toBe('Erase');
    expect(taskToDoLabel({ action: 'erasure', lookupOnly: true })).toBe(
      'Identity lookup only (for erase)',
    );
  });
});
