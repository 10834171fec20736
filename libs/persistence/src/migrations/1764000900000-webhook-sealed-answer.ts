import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A synchronous webhook answer is kept (sealed, purged with the body) beside its message, so a
 * worker that dies between the delivery and the task's update leaves enough for the reconciler
 * to record the outcome without asking the system again.
 */
export class WebhookSealedAnswer1764000900000 implements MigrationInterface {
  name = 'WebhookSealedAnswer1764000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE webhook_messages ADD COLUMN sealed_answer text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE webhook_messages DROP COLUMN sealed_answer`);
  }
}
