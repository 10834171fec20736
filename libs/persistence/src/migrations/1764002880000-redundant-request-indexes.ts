import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('pending_verification', 'awaiting_approval', 'in_progress', 'action_required')`;

/**
 * Two request indexes another one already serves, dropped: every insert and status change of a
 * request writes each of its indexes. `requests_overdue` is the leading column of
 * `requests_open_by_effective_due` under the same condition (the digest's and the overdue
 * filter's reads); `requests_pending_by_received` is `requests_by_status_received` for one status
 * (the expiry sweep's `status = 'pending_verification' ORDER BY received_at`).
 */
export class RedundantRequestIndexes1764002880000 implements MigrationInterface {
  name = 'RedundantRequestIndexes1764002880000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX requests_overdue');
    await queryRunner.query('DROP INDEX requests_pending_by_received');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX requests_pending_by_received ON requests (received_at)
         WHERE status = 'pending_verification'`,
    );
    await queryRunner.query(
      `CREATE INDEX requests_overdue ON requests ((coalesce(extended_due_at, due_at))) WHERE status IN ${OPEN}`,
    );
  }
}
