import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  HttpCode,
  Post,
} from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Request } from 'express';
import type { z } from 'zod';
import type { Actor } from '@dsar/persistence';
import type { StaffPrincipal } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { documentIdParam } from '../id-param.js';
import { actorOf, staffOf } from '../staff-actor.js';
import { idParam } from './request-admin.schemas.js';

/** `POST admin/requests/:id/<action>`: 200 with the request as it now stands. */
export function DecisionRoute(action: string, summary: string) {
  return applyDecorators(Post(action), HttpCode(200), ApiOperation({ summary }));
}

/** What a staff decision acts on: the request id, the staff member, the body read by its schema. */
export interface DecisionCall<Schema extends z.ZodType> {
  id: string;
  actor: Actor;
  body: z.output<Schema>;
}

const DecisionParam = createParamDecorator(
  (
    { bodySchema }: { bodySchema: z.ZodType },
    context: ExecutionContext,
  ): DecisionCall<z.ZodType> => {
    const request = context.switchToHttp().getRequest<Request & { staff?: StaffPrincipal }>();
    const { id } = parseInput(idParam, request.params, 'path');
    const actor = actorOf(staffOf(request));
    return { id, actor, body: parseInput(bodySchema, request.body ?? {}) };
  },
  [documentIdParam],
);

/**
 * The path id (400 when not a UUID), the signed-in staff member (401 without one) and the body
 * (400 naming each bad field; an absent body is `{}`), in that order. The schema travels wrapped:
 * Nest takes a bare zod schema (it has `transform`) for a pipe, and `{schema}` for its options.
 */
export function Decision(schema: z.ZodType): ParameterDecorator {
  return DecisionParam({ bodySchema: schema });
}
