import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { IDENTITY_TYPES } from '@dsar/domain';
import { OPT_OUT_KINDS, OptOutEntity } from '@dsar/persistence';
import { filters, uuid } from '../listing/filters.js';
import { type ListSpec, parseListQuery } from '../listing/list-query.js';
import { runList } from '../listing/list-runner.js';

export const OPT_OUT_LIST: ListSpec = {
  resource: 'opt-outs',
  defaultSort: ['recordedAt', 'DESC'],
  maxPageSize: 500,
  sort: { id: 'o.id', recordedAt: 'o.recordedAt', kind: 'o.kind', reference: 'o.reference' },
  filters: {
    id: filters.oneOrMany('o.id', uuid),
    kind: filters.oneOrMany('o.kind', z.enum(OPT_OUT_KINDS)),
    identityType: filters.oneOrMany('o.identityType', z.enum(IDENTITY_TYPES)),
    /** The exact identity value (an e-mail is compared lower-cased). */
    identityValue: {
      schema: z.string().trim().min(1).max(256),
      where: (value, param) => ({
        sql: `(o.identityValue = :${param} OR o.identityValue = lower(:${param}))`,
        params: { [param]: value },
      }),
    },
    reference: filters.oneOrMany('o.reference', z.string().trim().toUpperCase().min(1).max(40)),
    requestId: filters.nullableEquals('o.requestId', uuid),
    source: filters.oneOrMany('o.source', z.enum(['web', 'staff', 'gpc'])),
    recordedBefore: filters.before('o.recordedAt'),
    recordedAfter: filters.after('o.recordedAt'),
  },
};

export function optOutView(row: OptOutEntity) {
  return {
    id: row.id,
    kind: row.kind,
    identityType: row.identityType,
    identityValue: row.identityValue,
    reference: row.reference,
    requestId: row.requestId,
    source: row.source,
    recordedAt: row.recordedAt,
  };
}

const CSV_HEADER = 'kind,identity_type,identity_value,reference,source,recorded_at';

/**
 * A CSV cell, quoted when it holds a separator. Values stay exact (a phone's leading `+`): the
 * file is for data flows to match on, not for a spreadsheet.
 */
function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The remembered opt-outs: the staff list and the suppression export. */
@Injectable()
export class OptOutReader {
  constructor(private readonly dataSource: DataSource) {}

  list(query: Record<string, unknown>) {
    return runList(
      this.dataSource.manager.createQueryBuilder(OptOutEntity, 'o'),
      parseListQuery(OPT_OUT_LIST, query),
      'o.id',
    );
  }

  /**
   * The suppression list as CSV lines, oldest first, read in pages by (recorded_at, id) so a
   * long list never sits in memory at once.
   */
  async *suppressionCsv(pageSize = 2_000): AsyncGenerator<string> {
    yield `${CSV_HEADER}\n`;
    let after: { at: Date; id: string } | null = null;
    for (;;) {
      const builder = this.dataSource.manager
        .createQueryBuilder(OptOutEntity, 'o')
        .orderBy('o.recordedAt', 'ASC')
        .addOrderBy('o.id', 'ASC')
        .limit(pageSize);
      if (after) {
        builder.where('(o.recordedAt, o.id) > (:at, :id)', after);
      }
      const rows = await builder.getMany();
      if (rows.length === 0) return;
      yield (
        rows
          .map((row) =>
            [
              row.kind,
              row.identityType,
              row.identityValue,
              row.reference,
              row.source,
              row.recordedAt.toISOString(),
            ]
              .map(cell)
              .join(','),
          )
          .join('\n') + '\n'
      );
      const last = rows[rows.length - 1]!;
      after = { at: last.recordedAt, id: last.id };
    }
  }
}
