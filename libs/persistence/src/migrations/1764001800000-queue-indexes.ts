import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadline in force: the expression the staff queue sorts by (REQUEST_LIST's effectiveDueAt). */
const EFFECTIVE_DUE = '(coalesce(extended_due_at, due_at))';

/**
 * The staff queue's default order is the deadline in force, not `due_at`: each filter the UI
 * offers gets an index that yields that order (equality column first, then the deadline, then
 * id, the list's tie-breaker), so a page is read in order instead of sorting every match. The
 * "open requests" view (every open status) reads a partial index; the trigram index for `q`
 * exists since the staff migration. EXPLAIN for each is in `npm run bench` (queue-list).
 */
const INDEXES = [
  `requests_by_effective_due_id ON requests (${EFFECTIVE_DUE}, id)`,
  `requests_open_by_effective_due ON requests (${EFFECTIVE_DUE}, id)
     WHERE status IN ('pending_verification', 'awaiting_approval', 'in_progress', 'action_required')`,
  `requests_by_status_effective_due ON requests (status, ${EFFECTIVE_DUE}, id)`,
  `requests_by_type_effective_due ON requests (type, ${EFFECTIVE_DUE}, id)`,
  `requests_by_jurisdiction_effective_due ON requests (jurisdiction, ${EFFECTIVE_DUE}, id)`,
  `requests_by_assignee_effective_due ON requests (assignee_id, ${EFFECTIVE_DUE}, id)`,
  `requests_by_status_received ON requests (status, received_at, id)`,
];

export class QueueIndexes1764001800000 implements MigrationInterface {
  name = 'QueueIndexes1764001800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES) await queryRunner.query(`CREATE INDEX ${index}`);
    // The single-column one is covered by requests_by_effective_due_id.
    await queryRunner.query('DROP INDEX IF EXISTS requests_by_effective_due');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX requests_by_effective_due ON requests (${EFFECTIVE_DUE})`,
    );
    for (const index of [...INDEXES].reverse()) {
      await queryRunner.query(`DROP INDEX ${index.split(' ')[0]}`);
    }
  }
}
