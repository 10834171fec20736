import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError } from '@dsar/domain';
import { type HitCounter, intakeRateLimiter } from '@dsar/queue';

/**
 * INTAKE_RATE_LIMIT submissions per client address per minute (429 with Retry-After). The
 * address is Express's `req.ip` (X-Forwarded-For is trusted from loopback proxies only). When
 * Redis is down intake stays open and the limiter counts in this process (RateLimiter says why);
 * health reports the outage.
 */
@Injectable()
export class IntakeRateLimitGuard implements CanActivate, OnApplicationShutdown {
  private readonly limiter: HitCounter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.limiter = intakeRateLimiter(config);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const route = `${request.method} ${request.route?.path ?? request.path}`;
    let verdict;
    try {
      verdict = await this.limiter.hit(
        `intake:${route}:${request.ip}`,
        this.config.intakeRateLimit,
        60_000,
      );
    } catch {
      return true;
    }
    if (!verdict.allowed) {
      throw new DomainError(
        'rate_limited',
        'Too many submissions from this address; wait a minute',
        {
          retryAfterSeconds: verdict.retryAfterSeconds,
        },
      );
    }
    return true;
  }

  onApplicationShutdown(): void {
    this.limiter.close();
  }
}
