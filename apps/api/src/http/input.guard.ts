import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '@dsar/domain';
import { inputProblems } from './input-text.js';

/**
 * Checks every body, query and route parameter once, before any other guard or handler: a NUL,
 * a lone surrogate, a prototype key or absurd nesting anywhere is a 400 naming the field.
 */
@Injectable()
export class InputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const errors = [
      ...inputProblems(request.params ?? {}),
      ...inputProblems(request.query ?? {}),
      ...inputProblems(request.body),
    ];
    if (errors.length) {
      throw new DomainError('invalid_input', 'The request contains input that cannot be stored', {
        errors,
      });
    }
    return true;
  }
}
