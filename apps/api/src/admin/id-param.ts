import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { parseInput } from '../http/validation.js';
import { idParam } from './requests/request-admin.schemas.js';

/** The `:id` of an admin route, a UUID; anything else is a 400 naming `id`. */
export const IdParam = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    parseInput(idParam, context.switchToHttp().getRequest<Request>().params, 'path').id,
);
