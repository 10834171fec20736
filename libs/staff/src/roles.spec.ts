import { describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { ANY_ROLE, defaultRoles, roleMayAct } from './roles.js';

describe('roles', () => {
  it('lets every role read and officers and admins write by default', () => {
    expect(defaultRoles('GET')).toEqual(ANY_ROLE);
    expect(defaultRoles('HEAD')).toEqual(ANY_ROLE);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(defaultRoles(method)).toEqual(['admin', 'officer']);
    }
  });

  it("lets any signed-in role reach a resource's catch-all, which only answers 405", () => {
    expect(defaultRoles('DELETE', RequestMethod.ALL)).toEqual(ANY_ROLE);
  });

  it('lets an admin do everything and others only what a route names', () => {
    expect(roleMayAct('admin', ['officer'])).toBe(true);
    expect(roleMayAct('officer', ['officer'])).toBe(true);
    expect(roleMayAct('viewer', ['admin', 'officer'])).toBe(false);
    expect(roleMayAct('officer', ['admin'])).toBe(false);
  });
});
