import { describe, expect, it } from '@jest/globals';
import { Controller, Get, Post, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@dsar/domain';
import { Public, Roles, StaffOnly } from './roles.js';
import { StaffAuthGuard } from './staff-auth.guard.js';
import type { StaffPrincipal, StaffSessions } from './staff-sessions.service.js';

const TOKEN = 'A'.repeat(43);
const viewer: StaffPrincipal = {
  id: 'u1',
  email: 'v@staff.example',
  name: 'V',
  role: 'viewer',
  sessionId: 's1',
};

@StaffOnly()
@Controller('admin/things')
class StaffThings {
  @Get()
  list() {}

  @Post()
  create() {}

  @Get('open')
  @Public()
  open() {}
}

@Public()
@Controller('things')
class PublicThings {
  @Get()
  read() {}

  @Get('mine')
  @Roles('admin')
  mine() {}
}

@Controller('forgotten')
class Unmarked {
  @Get()
  read() {}
}

/** The guard over a fake session store that knows one viewer's token. */
function guard(): StaffAuthGuard {
  const sessions = {
    authenticate: (token: string) => Promise.resolve(token === TOKEN ? viewer : null),
  } as unknown as StaffSessions;
  return new StaffAuthGuard(new Reflector(), sessions);
}

function context(
  controller: abstract new () => object,
  handler: string,
  method: string,
  path: string,
  token?: string,
): ExecutionContext {
  const request = { method, path, headers: token ? { authorization: `Bearer ${token}` } : {} };
  return {
    getType: () => 'http',
    getClass: () => controller,
    getHandler: () => (controller.prototype as Record<string, () => void>)[handler],
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

async function outcome(promise: Promise<boolean>): Promise<string> {
  try {
    return String(await promise);
  } catch (error) {
    return error instanceof DomainError ? error.code : 'crash';
  }
}

describe('StaffAuthGuard decides from route metadata, never from the path text', () => {
  it('refuses a staff route without a token whatever the path looks like', async () => {
    for (const path of ['/api/admin/things', '/API/ADMIN/things', '/api/%61dmin/things', '/x']) {
      expect([
        path,
        await outcome(guard().canActivate(context(StaffThings, 'list', 'GET', path))),
      ]).toEqual([path, 'unauthorized']);
    }
  });

  it("applies the class's default roles and a handler's own marks", async () => {
    const g = guard();
    expect(await outcome(g.canActivate(context(StaffThings, 'list', 'GET', '/', TOKEN)))).toBe(
      'true',
    );
    expect(await outcome(g.canActivate(context(StaffThings, 'create', 'POST', '/', TOKEN)))).toBe(
      'forbidden',
    );
    expect(await outcome(g.canActivate(context(StaffThings, 'open', 'GET', '/')))).toBe('true');
    expect(await outcome(g.canActivate(context(PublicThings, 'read', 'GET', '/')))).toBe('true');
    expect(await outcome(g.canActivate(context(PublicThings, 'mine', 'GET', '/')))).toBe(
      'unauthorized',
    );
    expect(await outcome(g.canActivate(context(PublicThings, 'mine', 'GET', '/', TOKEN)))).toBe(
      'forbidden',
    );
  });

  it('closes a route that declares no access rule, even to a signed-in member', async () => {
    const g = guard();
    expect(await outcome(g.canActivate(context(Unmarked, 'read', 'GET', '/forgotten')))).toBe(
      'unauthorized',
    );
    expect(
      await outcome(g.canActivate(context(Unmarked, 'read', 'GET', '/forgotten', TOKEN))),
    ).toBe('forbidden');
  });
});
