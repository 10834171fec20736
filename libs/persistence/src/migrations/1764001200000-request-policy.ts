import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The policy pack version a request was received under (pinned, so a later pack never moves an
 * open request's dates) and the residence its regime was derived from. Requests received before
 * packs were versioned keep a null version.
 */
export class RequestPolicy1764001200000 implements MigrationInterface {
  name = 'RequestPolicy1764001200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE requests
        ADD COLUMN policy_version text,
        ADD COLUMN residence_country text CHECK (residence_country ~ '^[A-Z]{2}$'),
        ADD COLUMN residence_region text CHECK (residence_region ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$')
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE requests
        DROP COLUMN residence_region,
        DROP COLUMN residence_country,
        DROP COLUMN policy_version
    `);
  }
}
