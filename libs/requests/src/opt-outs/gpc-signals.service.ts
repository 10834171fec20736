import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GPC_SIGNAL, type IdentityRecord } from '@dsar/domain';
import { appendAuditEvent, RequestEntity, SUBJECT_ACTOR } from '@dsar/persistence';
import { IntakeService } from '../intake/intake.service.js';
import { OptOutRegistry } from './opt-out-registry.service.js';
import { StandingSignals } from './standing-signals.js';

/** The identities a signal may carry: the browser's own id and, once known, the e-mail. */
export type GpcIdentities = {
  cookie_id?: string[];
  email?: string[];
};

export interface GpcReceipt {
  reference: string;
  /** False when the browser (or person) had opted out already: the signal joined that opt-out. */
  created: boolean;
}

type Standing = { reference: string; requestId: string | null };

/** The advisory-lock keys of a signal's identities, sorted so two signals never deadlock. */
function lockKeys(identities: GpcIdentities): string[] {
  return Object.entries(identities)
    .flatMap(([type, values]) => (values ?? []).map((value: string) => `gpc|${type}|${value}`))
    .sort();
}

/**
 * A Global Privacy Control signal recorded as an opt-out of sale and sharing (GPC_SIGNAL). A
 * browser id or e-mail already opted out answers with that opt-out's reference after one index
 * probe, and from then on from memory (StandingSignals: what it keeps never changes in
 * Postgres), so a site forwarding every page view's signal costs almost nothing; the signal's other
 * identities join that consumer (11 CCR § 7025(c)(1)). A new one is an `opt_out` request, fanned
 * out to every system by the identities it carries. With an e-mail it is answered by mail; with a
 * browser id alone it has no e-mail and nobody is written to (the audit says so).
 *
 * A later signal adding an identity (an e-mail, another browser id) to a consumer's opt-out joins
 * it: the registry suppresses it in every flow under the first reference, and a follow-up
 * `opt_out` request (source `gpc`, linked to the first by an audit event on each) fans out to the
 * systems by the joined identities alone, so a system that knows the person only by that e-mail
 * (or provides further ids from it) is told too, and the systems told already are not told again.
 * Neither request mails the joined e-mail: the address came with a signal, not from the person
 * asking us to write, and the request it joins has been answered already. A repeat of that signal
 * adds nothing, so it makes no further request.
 */
@Injectable()
export class GpcSignals {
  private readonly standing = new StandingSignals();

  constructor(
    private readonly dataSource: DataSource,
    private readonly optOuts: OptOutRegistry,
    private readonly intake: IntakeService,
  ) {}

  async record(identities: GpcIdentities, now = new Date()): Promise<GpcReceipt> {
    const standing = this.standing.referenceFor(identities);
    if (standing !== undefined) return { reference: standing, created: false };
    const known = await this.optOuts.find(this.dataSource.manager, 'opt_out', identities);
    if (known?.complete && known.requestId !== null) {
      this.standing.remember(identities, known.reference);
      return { reference: known.reference, created: false };
    }
    let afterCommit: () => Promise<void> = async () => undefined;
    const receipt = await this.dataSource.transaction(async (manager) => {
      // Two signals from one browser at once: the second waits, then finds the first.
      for (const key of lockKeys(identities)) {
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 2))', [key]);
      }
      const again = await this.optOuts.find(manager, 'opt_out', identities);
      if (again?.requestId) {
        afterCommit = await this.join(
          manager,
          { reference: again.reference, requestId: again.requestId },
          identities,
          now,
        );
        return { reference: again.reference, created: false };
      }
      const submitted = await this.intake.submitIn(
        manager,
        {
          type: GPC_SIGNAL.type,
          email: identities.email?.[0] ?? null,
          name: null,
          jurisdiction: GPC_SIGNAL.regime,
          details: 'Global Privacy Control signal (Sec-GPC: 1)',
          corrections: null,
          identities: identities as IdentityRecord,
          source: 'gpc',
        },
        now,
      );
      if (again) await this.adopt(manager, again, submitted.receipt.reference);
      afterCommit = submitted.afterCommit;
      return { reference: submitted.receipt.reference, created: again === null };
    });
    await afterCommit();
    return receipt;
  }

  /**
   * The signal's identities not yet remembered join the consumer's request and standing opt-out,
   * and a follow-up request tells the systems about them; what it leaves to do after commit.
   */
  private async join(
    manager: EntityManager,
    known: Standing & { requestId: string },
    identities: GpcIdentities,
    now: Date,
  ): Promise<() => Promise<void>> {
    const added = await this.optOuts.rememberNew(manager, {
      kind: 'opt_out',
      identities: identities as IdentityRecord,
      reference: known.reference,
      requestId: known.requestId,
      source: 'gpc',
    });
    const count = Object.values(added).reduce((sum, list) => sum + (list?.length ?? 0), 0);
    if (count === 0) return async () => undefined;
    await addIdentities(manager, known.requestId, added);
    // No e-mail of its own: the joined address came with a signal and is not written to.
    const followUp = await this.intake.submitIn(
      manager,
      {
        type: GPC_SIGNAL.type,
        email: null,
        name: null,
        jurisdiction: GPC_SIGNAL.regime,
        details: `Global Privacy Control signal (Sec-GPC: 1): identities joining ${known.reference}`,
        corrections: null,
        identities: added,
        source: 'gpc',
      },
      now,
    );
    const [created] = (await manager.query(`SELECT id FROM requests WHERE reference = $1`, [
      followUp.receipt.reference,
    ])) as { id: string }[];
    await appendAuditEvent(manager, {
      requestId: known.requestId,
      actor: SUBJECT_ACTOR,
      action: 'gpc_identities_joined',
      data: {
        reference: known.reference,
        added: count,
        followUpReference: followUp.receipt.reference,
        citation: GPC_SIGNAL.citation,
      },
    });
    await appendAuditEvent(manager, {
      requestId: created!.id,
      actor: SUBJECT_ACTOR,
      action: 'gpc_follow_up_of',
      data: {
        reference: known.reference,
        requestId: known.requestId,
        citation: GPC_SIGNAL.citation,
      },
    });
    return followUp.afterCommit;
  }

  /**
   * A browser remembered under a `GPC-…` reference before such signals became requests: its
   * opt-out now has the request that tells the systems, and answers with that reference.
   */
  private async adopt(manager: EntityManager, known: Standing, reference: string): Promise<void> {
    const [request] = (await manager.query(`SELECT id FROM requests WHERE reference = $1`, [
      reference,
    ])) as { id: string }[];
    await manager.query(
      `UPDATE opt_outs SET reference = $1, request_id = $2 WHERE reference = $3 AND request_id IS NULL`,
      [reference, request!.id, known.reference],
    );
    await appendAuditEvent(manager, {
      requestId: request!.id,
      actor: SUBJECT_ACTOR,
      action: 'gpc_opt_out_adopted',
      data: { reference, earlierReference: known.reference, citation: GPC_SIGNAL.citation },
    });
  }
}

/** The request's identities with the signal's, each list without repeats (one UPDATE). */
async function addIdentities(
  manager: EntityManager,
  requestId: string,
  identities: GpcIdentities,
): Promise<void> {
  const request = await manager.findOneByOrFail(RequestEntity, { id: requestId });
  const merged: Record<string, string[]> = { ...request.identities };
  for (const [type, values] of Object.entries(identities)) {
    merged[type] = [...new Set([...(merged[type] ?? []), ...((values as string[]) ?? [])])];
  }
  await manager.update(RequestEntity, requestId, { identities: merged });
}
