import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '@dsar/persistence';
import { RequestLifecycle } from '../request-lifecycle.service.js';

/** Requests never verified expire once no live verification link is left. */
@Injectable()
export class ExpiryService {
  private readonly logger = new Logger(ExpiryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
  ) {}

  async expireUnverified(now = new Date(), batchSize = 500): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT r.id FROM requests r
        WHERE r.status = 'pending_verification'
          AND NOT EXISTS (
            SELECT 1 FROM request_tokens t
             WHERE t.request_id = r.id AND t.purpose = 'verification'
               AND t.used_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $1))
        ORDER BY r.received_at
        LIMIT $2`,
      [now, batchSize],
    )) as { id: string }[];
    let expired = 0;
    for (const { id } of rows) {
      // Each in its own transaction: a request verified meanwhile is simply skipped.
      await this.dataSource.transaction(async (manager) => {
        const request = await this.lifecycle.lock(manager, id);
        if (request.status !== 'pending_verification') return;
        await this.lifecycle.apply(manager, id, 'expire', SYSTEM_ACTOR, {
          reason: 'verification link expired',
          now,
        });
        expired += 1;
      });
    }
    if (expired) this.logger.log({ expired }, 'expired unverified requests');
    return expired;
  }
}
