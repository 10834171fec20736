import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registry of systems (data stores and processors); secret settings are sealed in `settings`. */
export class Systems1764000200000 implements MigrationInterface {
  name = 'Systems1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE systems (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('postgres','webhook','email','manual','google_analytics')),
        owner_name text NOT NULL,
        owner_email text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        categories jsonb NOT NULL DEFAULT '[]',
        purposes jsonb NOT NULL DEFAULT '[]',
        legal_bases jsonb NOT NULL DEFAULT '[]',
        recipients jsonb NOT NULL DEFAULT '[]',
        retention text,
        identity_types jsonb NOT NULL DEFAULT '[]',
        actions jsonb NOT NULL DEFAULT '[]',
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE systems`);
  }
}
