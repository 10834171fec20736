import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry facts GDPR Art. 15 asks an answer to give per system: where the data came from
 * (15(1)(g)), transfers to third countries and their safeguards (15(2)), and automated
 * decision-making (15(1)(h)).
 */
export class RegistryFacts1764002100000 implements MigrationInterface {
  name = 'RegistryFacts1764002100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE systems
        ADD COLUMN source text,
        ADD COLUMN transfers jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN automated_decisions text;`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE systems DROP COLUMN source, DROP COLUMN transfers, DROP COLUMN automated_decisions;`);
  }
}
