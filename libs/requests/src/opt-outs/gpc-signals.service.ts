import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GPC_SIGNAL, type IdentityRecord } from '@dsar/domain';
import { appendAuditEvent, SUBJECT_ACTOR } from '@dsar/persistence';
import { IntakeService } from '../intake/intake.service.js';
import { OptOutRegistry } from './opt-out-registry.service.js';

/** The identities a signal may carry: the browser's own id and, once known, the e-mail. */
export interface GpcIdentities {
  cookie_id?: string[];
  email?: string[];
}

export interface GpcReceipt {
  reference: string;
  /** False when the browser (or person) had opted out already: the signal joined that opt-out. */
  created: boolean;
}

async function signalReference(manager: EntityManager, now: Date): Promise<string> {
  const [row] = (await manager.query(`SELECT nextval('gpc_signal_seq') AS value`)) as {
    value: string;
  }[];
  return `GPC-${now.getUTCFullYear()}-${String(row!.value).padStart(6, '0')}`;
}

/**
 * A Global Privacy Control signal recorded as an opt-out of sale and sharing (GPC_SIGNAL). A
 * browser id or e-mail already opted out answers with that opt-out's reference after one index
 * probe, so a site forwarding every page view's signal costs almost nothing; the signal's other
 * identities join that consumer (11 CCR § 7025(c)(1)). A new one with an e-mail is an `opt_out`
 * request (fanned out, answered by mail); without one it is remembered for the browser under a
 * reference of its own, since there is nobody to answer.
 */
@Injectable()
export class GpcSignals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly optOuts: OptOutRegistry,
    private readonly intake: IntakeService,
  ) {}

  async record(identities: GpcIdentities, now = new Date()): Promise<GpcReceipt> {
    const known = await this.optOuts.find(this.dataSource.manager, 'opt_out', identities);
    if (known?.complete) return { reference: known.reference, created: false };
    let afterCommit: () => Promise<void> = async () => undefined;
    const receipt = await this.dataSource.transaction(async (manager) => {
      // Two signals from one browser at once: the second waits, then finds the first.
      const keys = Object.entries(identities)
        .flatMap(([type, values]) => (values ?? []).map((value: string) => `gpc|${type}|${value}`))
        .sort();
      for (const key of keys) {
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 2))', [key]);
      }
      const again = await this.optOuts.find(manager, 'opt_out', identities);
      if (again) {
        await this.join(manager, again, identities);
        return { reference: again.reference, created: false };
      }
      const email = identities.email?.[0];
      if (email) {
        const submitted = await this.intake.submitIn(
          manager,
          {
            type: GPC_SIGNAL.type,
            email,
            name: null,
            jurisdiction: GPC_SIGNAL.regime,
            details: 'Global Privacy Control signal (Sec-GPC: 1)',
            corrections: null,
            identities: identities as IdentityRecord,
            source: 'gpc',
          },
          now,
        );
        afterCommit = submitted.afterCommit;
        return { reference: submitted.receipt.reference, created: true };
      }
      const reference = await signalReference(manager, now);
      await this.optOuts.remember(manager, {
        kind: 'opt_out',
        identities: identities as IdentityRecord,
        reference,
        requestId: null,
        source: 'gpc',
      });
      await appendAuditEvent(manager, {
        requestId: null,
        actor: SUBJECT_ACTOR,
        action: 'gpc_opt_out_recorded',
        data: { reference, identities: keys.length, citation: GPC_SIGNAL.citation },
      });
      return { reference, created: true };
    });
    await afterCommit();
    return receipt;
  }

  /** The signal's identities not yet remembered join the consumer's standing opt-out. */
  private async join(
    manager: EntityManager,
    known: { reference: string; requestId: string | null },
    identities: GpcIdentities,
  ): Promise<void> {
    const added = await this.optOuts.remember(manager, {
      kind: 'opt_out',
      identities: identities as IdentityRecord,
      reference: known.reference,
      requestId: known.requestId,
      source: 'gpc',
    });
    if (added === 0) return;
    await appendAuditEvent(manager, {
      requestId: known.requestId,
      actor: SUBJECT_ACTOR,
      action: 'gpc_identities_joined',
      data: { reference: known.reference, added, citation: GPC_SIGNAL.citation },
    });
  }
}
