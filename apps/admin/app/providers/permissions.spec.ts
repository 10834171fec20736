import { describe, expect, it } from '@jest/globals';
import { roleMay } from './permissions.js';

describe('what a role may do in the staff UI', () => {
  it('lets an admin do everything', () => {
    expect(roleMay('admin', 'users', 'edit')).toBe(true);
    expect(roleMay('admin', 'systems', 'rotate-secret')).toBe(true);
  });

  it('lets an officer work requests and tasks and read systems, not users or settings', () => {
    expect(roleMay('officer', 'requests', 'approve')).toBe(true);
    expect(roleMay('officer', 'tasks', 'complete')).toBe(true);
    expect(roleMay('officer', 'systems', 'list')).toBe(true);
    expect(roleMay('officer', 'systems', 'edit')).toBe(false);
    expect(roleMay('officer', 'users', 'list')).toBe(false);
    expect(roleMay('officer', 'settings', 'edit')).toBe(false);
  });

  it('lets a viewer read but act on nothing', () => {
    expect(roleMay('viewer', 'requests', 'show')).toBe(true);
    for (const action of ['approve', 'deny', 'create', 'assign', 'note'])
      expect(roleMay('viewer', 'requests', action)).toBe(false);
    expect(roleMay('viewer', 'tasks', 'retry')).toBe(false);
    expect(roleMay('viewer', 'deliveries', 'redeliver')).toBe(false);
    expect(roleMay('viewer', 'users', 'list')).toBe(false);
  });

  it('lets nobody without a role do anything', () => {
    expect(roleMay(undefined, 'requests', 'list')).toBe(false);
  });
});
