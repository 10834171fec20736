import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEventEntity, type BrokenLinkProblem, linkProblem } from '@dsar/persistence';

export interface BrokenLink {
  chain: string;
  requestId: string | null;
  seq: number;
  eventId: string;
  problem: BrokenLinkProblem;
}

export interface ChainReport {
  ok: boolean;
  chains: number;
  events: number;
  /** The first broken link of each broken chain, in chain order. */
  broken: BrokenLink[];
}

const BATCH = 5000;

/**
 * Walks every chain in (chain, seq) order, a batch at a time, recomputing each event's hash and
 * checking it links to the one before: an edited, removed or reordered event breaks the chain.
 */
@Injectable()
export class AuditChainVerifier {
  constructor(private readonly dataSource: DataSource) {}

  async verify(): Promise<ChainReport> {
    const report: ChainReport = { ok: true, chains: 0, events: 0, broken: [] };
    let chain: string | null = null;
    let previous: AuditEventEntity | null = null;
    let chainBroken = false;
    let after: { chain: string; seq: number } | null = null;
    for (;;) {
      const builder = this.dataSource.manager
        .createQueryBuilder(AuditEventEntity, 'e')
        .orderBy('e.chain', 'ASC')
        .addOrderBy('e.seq', 'ASC')
        .limit(BATCH);
      if (after) builder.where('(e.chain, e.seq) > (:chain, :seq)', after);
      const batch = await builder.getMany();
      for (const event of batch) {
        if (event.chain !== chain) {
          chain = event.chain;
          previous = null;
          chainBroken = false;
          report.chains += 1;
        }
        report.events += 1;
        const problem = chainBroken ? null : linkProblem(event, previous);
        if (problem) {
          chainBroken = true;
          report.ok = false;
          report.broken.push({
            chain: event.chain,
            requestId: event.requestId,
            seq: event.seq,
            eventId: event.id,
            problem,
          });
        }
        previous = event;
      }
      if (batch.length < BATCH) return report;
      const last = batch[batch.length - 1]!;
      after = { chain: last.chain, seq: last.seq };
    }
  }
}
