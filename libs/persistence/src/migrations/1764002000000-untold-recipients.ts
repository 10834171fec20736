import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 19: a recipient the product cannot reach (no e-mail, not a connected system) is recorded
 * with channel `staff`, so staff are told to reach it and the subject's list shows it untold.
 */
export class UntoldRecipients1764002000000 implements MigrationInterface {
  name = 'UntoldRecipients1764002000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE recipient_notices DROP CONSTRAINT recipient_notices_channel_check;
      ALTER TABLE recipient_notices ADD CONSTRAINT recipient_notices_channel_check
        CHECK (channel IN ('email','webhook','staff'));`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM recipient_notices WHERE channel = 'staff';
      ALTER TABLE recipient_notices DROP CONSTRAINT recipient_notices_channel_check;
      ALTER TABLE recipient_notices ADD CONSTRAINT recipient_notices_channel_check
        CHECK (channel IN ('email','webhook'));`);
  }
}
