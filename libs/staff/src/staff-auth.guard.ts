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
import { defaultRoles, roleMayAct, ROLES_KEY, type StaffRole } from './roles.js';
import { type StaffPrincipal, StaffSessions } from './staff-sessions.service.js';

/** Everything under this prefix needs a live staff session, whether or not it says so. */
export const ADMIN_PATH_PREFIX = '/api/admin';

interface GuardedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  staff?: StaffPrincipal;
}

/**
 * Global guard: a route under /api/admin (or one marked with `@Roles()`) needs a bearer token of
 * a live session (401) and a role the route allows (403). Being global, a new admin route cannot
 * be left unprotected by forgetting a decorator.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: StaffSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const declared = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const isAdminPath =
      request.path === ADMIN_PATH_PREFIX || request.path.startsWith(`${ADMIN_PATH_PREFIX}/`);
    if (!declared && !isAdminPath) return true;
    const principal = await this.principal(request);
    if (!principal)
      throw new DomainError('unauthorized', 'Sign in first: a valid bearer token is needed');
    request.staff = principal;
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
