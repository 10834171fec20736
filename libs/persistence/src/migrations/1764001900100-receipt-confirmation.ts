import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The receipt-confirmation duty (CCPA: 10 business days, 11 CCR § 7021(a)): by when, from the
 * pack at receipt, and when the acknowledgement actually left.
 */
export class ReceiptConfirmation1764001900100 implements MigrationInterface {
  name = 'ReceiptConfirmation1764001900100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE requests
        ADD COLUMN acknowledge_by timestamptz,
        ADD COLUMN acknowledged_at timestamptz
    `);
    await queryRunner.query(
      `CREATE INDEX requests_unacknowledged ON requests (acknowledge_by)
         WHERE acknowledge_by IS NOT NULL AND acknowledged_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX requests_unacknowledged`);
    await queryRunner.query(
      `ALTER TABLE requests DROP COLUMN acknowledged_at, DROP COLUMN acknowledge_by`,
    );
  }
}
