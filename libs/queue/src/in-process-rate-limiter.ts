import type { RateLimitVerdict } from './rate-limiter.js';

/** What intake needs of a limiter. */
export interface HitCounter {
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitVerdict>;
  close(): void;
}

/**
 * Fixed-window counters in this process's memory: right where one api process serves every
 * request, which is the embedded mode's case when its queue has no Redis, and the Redis
 * limiter's stand-in while Redis is down.
 */
export class InProcessRateLimiter implements HitCounter {
  private readonly windows = new Map<string, { hits: number; endsAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitVerdict> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      this.forgetEnded(now);
      window = { hits: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    return {
      allowed: window.hits <= limit,
      hits: window.hits,
      retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)),
    };
  }

  close(): void {
    this.windows.clear();
  }

  private forgetEnded(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
