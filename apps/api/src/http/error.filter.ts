import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { DomainError, type DomainErrorCode } from '@dsar/domain';

const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rate_limited: 429,
};

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * The one place errors become HTTP answers: domain codes by table, body-parser failures as the
 * client's fault, anything unexpected as a 500 with an id logged once with its stack.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (error instanceof DomainError) {
      const status = STATUS_BY_CODE[error.code];
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
      // The finer reason (a lifecycle code such as `transition_not_allowed`) is part of the answer.
      const reasonCode = error.details?.reasonCode;
      response.status(status).json({
        message: error.message,
        code: error.code,
        ...(typeof reasonCode === 'string' ? { reasonCode } : {}),
        ...(error.details?.errors ? { errors: error.details.errors } : {}),
      });
      return;
    }
    if (error instanceof HttpException) {
      const body = error.getResponse();
      const payload =
        typeof body === 'string'
          ? { message: body }
          : {
              ...(body as object),
              message: (body as { message?: unknown }).message ?? error.message,
            };
      response.status(error.getStatus()).json(payload);
      return;
    }
    const parserError = error as BodyParserError;
    if (parserError?.type === 'entity.too.large') {
      response.status(413).json({ message: 'The request body is too large' });
      return;
    }
    if (parserError?.type === 'entity.parse.failed') {
      response.status(400).json({
        message: 'The request body is not valid JSON',
        errors: [{ field: '(body)', message: 'is not valid JSON' }],
      });
      return;
    }
    if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
      response.status(parserError.status).json({ message: 'The request could not be read' });
      return;
    }
    const errorId = randomUUID();
    this.logger.error({ errorId, err: error }, 'unexpected error');
    response.status(500).json({ message: 'Internal error', errorId });
  }
}
