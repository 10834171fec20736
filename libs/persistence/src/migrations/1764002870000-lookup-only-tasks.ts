import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A store task that only looks the subject up (yields identities for later stages, acts not). */
export class LookupOnlyTasks1764002870000 implements MigrationInterface {
  name = 'LookupOnlyTasks1764002870000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE store_tasks ADD COLUMN lookup_only boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE store_tasks DROP COLUMN lookup_only');
  }
}
