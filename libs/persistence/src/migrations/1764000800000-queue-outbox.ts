import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job outbox: every job a request path needs is a row in the transaction of its change, so
 * the api answers while Redis is down and a relay enqueues the rows once it is back.
 */
export class QueueOutbox1764000800000 implements MigrationInterface {
  name = 'QueueOutbox1764000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE queue_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('job','flow')),
        queue text NOT NULL,
        job_id text NOT NULL,
        spec jsonb NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        next_attempt_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX queue_outbox_due ON queue_outbox (next_attempt_at, created_at)',
    );
    await queryRunner.query('CREATE INDEX queue_outbox_job ON queue_outbox (job_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE queue_outbox');
  }
}
