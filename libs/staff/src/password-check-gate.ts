import { DomainError } from '@dsar/domain';

export interface PasswordCheckLimits {
  /** argon2 verifications running at once in this process; the rest wait their turn. */
  concurrent: number;
  /** How long a login waits for a turn before it is refused. */
  waitMs: number;
  /** Logins waiting for a turn, all addresses together; more are refused at once. */
  queued: number;
  /** Logins from one address under way at once (waiting or hashing); more are refused at once. */
  perAddress: number;
}

export const PASSWORD_CHECK_LIMITS: PasswordCheckLimits = {
  concurrent: 2,
  waitMs: 5_000,
  queued: 16,
  // A few staff behind one office address may sign in together; a flood from it may not.
  perAddress: 4,
};

/**
 * Bounds the CPU that sign-in can cost. A password check (argon2, deliberately slow) runs only
 * with a turn: a few at once, the rest wait a bounded time in order, and an address with logins
 * already under way is refused before anything is hashed. Refusals are 429 with Retry-After.
 */
export class PasswordCheckGate {
  /** Password checks started since boot: the evidence that a refused login hashed nothing. */
  verifications = 0;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly underWay = new Map<string, number>();

  constructor(private readonly limits: PasswordCheckLimits = PASSWORD_CHECK_LIMITS) {}

  /**
   * Admits one login attempt from `address` (before any lookup or hashing), or refuses it when
   * that address already has its share under way. Call the returned function when it is over.
   */
  admit(address: string): () => void {
    const mine = this.underWay.get(address) ?? 0;
    if (mine >= this.limits.perAddress) this.refuse('Too many sign-ins at once from your address');
    this.underWay.set(address, mine + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const remaining = (this.underWay.get(address) ?? 1) - 1;
      if (remaining > 0) this.underWay.set(address, remaining);
      else this.underWay.delete(address);
    };
  }

  /** Runs the password check when a turn is free; refused when none frees up in time. */
  async check<T>(work: () => Promise<T>): Promise<T> {
    await this.turn();
    try {
      this.verifications += 1;
      return await work();
    } finally {
      this.release();
    }
  }

  private turn(): Promise<void> {
    if (this.running < this.limits.concurrent) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queued) this.refuse('Sign-in is busy');
    return new Promise<void>((resolve, reject) => {
      const go = () => {
        clearTimeout(timer);
        resolve(); // the releasing check hands its turn over: `running` stays as it is
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(go), 1);
        try {
          this.refuse('Sign-in is busy');
        } catch (error) {
          reject(error as Error);
        }
      }, this.limits.waitMs);
      this.waiting.push(go);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }

  private refuse(message: string): never {
    throw new DomainError('rate_limited', `${message}; try again in a moment`, {
      retryAfterSeconds: Math.max(1, Math.ceil(this.limits.waitMs / 1000)),
    });
  }
}
