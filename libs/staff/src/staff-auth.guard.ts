import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  type RequestMethod,
} from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@dsar/domain';
import { isWellFormedToken } from '@dsar/security';
import {
  ACCESS_KEY,
  defaultRoles,
  roleMayAct,
  ROLES_KEY,
  type RouteAccess,
  type StaffRole,
} from './roles.js';
import { type StaffPrincipal, StaffSessions } from './staff-sessions.service.js';

interface GuardedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  staff?: StaffPrincipal;
}

/**
 * Global guard, deciding from each route's metadata only (`@Public()`, `@StaffOnly()`,
 * `@Roles()`), never from the path text, which the router may read differently (case, slashes,
 * encodings). A staff route needs a bearer token of a live session (401) and a role the route
 * allows (403); a route with no metadata at all is refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: StaffSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_KEY, targets);
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const principal = await this.principal(request);
    if (!principal)
      throw new DomainError('unauthorized', 'Sign in first: a valid bearer token is needed');
    if (access !== 'staff') {
      throw new DomainError('forbidden', 'This route declares no access rule; it is closed');
    }
    request.staff = principal;
    const declared = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES_KEY, targets);
    const routeMethod = this.reflector.get<RequestMethod | undefined>(
      METHOD_METADATA,
      context.getHandler(),
    );
    const allowed = declared ?? defaultRoles(request.method, routeMethod);
    if (!roleMayAct(principal.role, allowed)) {
      throw new DomainError('forbidden', `The ${principal.role} role may not do this`);
    }
    return true;
  }

  private async principal(request: GuardedRequest): Promise<StaffPrincipal | null> {
    const header = request.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
    if (!match || !isWellFormedToken(match[1])) return null;
    return this.sessions.authenticate(match[1]);
  }
}
