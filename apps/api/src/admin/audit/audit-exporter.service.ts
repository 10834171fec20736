import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError } from '@dsar/domain';
import {
  AUDIT_EXPORT_FORMAT,
  type AuditExport,
  AuditEventEntity,
  auditSigningKey,
  type AuditSigningKey,
  exportedEvent,
  signAuditExport,
} from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { parseInput } from '../../http/validation.js';

/** More than this in one file is a regulator's request for one period or one request. */
export const AUDIT_EXPORT_MAX_EVENTS = 100_000;

const exportQuery = z
  .object({ requestId: z.uuid('requestId must be a request id').optional() })
  .strict();

/** The audit trail as one signed JSON file: whole chains, each re-hashable from its first event. */
@Injectable()
export class AuditExporter {
  private readonly key: AuditSigningKey;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = auditSigningKey(config.appSecret);
  }

  signingKey() {
    return {
      algorithm: 'Ed25519',
      publicKey: this.key.publicKeyPem,
      keyFingerprint: this.key.fingerprint,
    };
  }

  async export(query: Record<string, unknown>): Promise<AuditExport> {
    const { requestId } = parseInput(exportQuery, query, 'query');
    const builder = this.dataSource.manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .orderBy('e.chain', 'ASC')
      .addOrderBy('e.seq', 'ASC')
      .limit(AUDIT_EXPORT_MAX_EVENTS + 1);
    if (requestId) builder.where('e.chain = :chain', { chain: requestId });
    const events = await builder.getMany();
    if (events.length > AUDIT_EXPORT_MAX_EVENTS) {
      throw new DomainError(
        'too_large',
        `The trail holds more than ${AUDIT_EXPORT_MAX_EVENTS} events: export one request at a time (requestId)`,
      );
    }
    if (requestId && events.length === 0) {
      throw new DomainError('not_found', `No audit events for request ${requestId}`);
    }
    const chains = new Map<string, ReturnType<typeof exportedEvent>[]>();
    for (const event of events) {
      const chain = chains.get(event.chain) ?? [];
      chain.push(exportedEvent(event));
      chains.set(event.chain, chain);
    }
    const { controllerName } = await this.settings.get();
    return signAuditExport(
      {
        format: AUDIT_EXPORT_FORMAT,
        exportedAt: new Date().toISOString(),
        controller: controllerName,
        chains: [...chains].map(([chain, chainEvents]) => ({ chain, events: chainEvents })),
      },
      this.key,
    );
  }
}
