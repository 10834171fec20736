import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { Request } from 'express';
import { parseInput } from '../http/validation.js';
import { idParam } from './requests/request-admin.schemas.js';

/** Documents the `:id` of the route a custom parameter decorator reads it for. */
export function documentIdParam(target: object, key: string | symbol | undefined): void {
  if (key === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor) ApiParam({ name: 'id', format: 'uuid' })(target, key, descriptor);
}

/** The `:id` of an admin route, a UUID; anything else is a 400 naming `id`. */
export const IdParam = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    parseInput(idParam, context.switchToHttp().getRequest<Request>().params, 'path').id,
  [documentIdParam],
);
