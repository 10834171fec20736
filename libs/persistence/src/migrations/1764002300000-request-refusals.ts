import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partial answers: what part of a request was refused, on which exemption. One refusal per
 * system or per category of a request (a second one for the same part is a conflict).
 */
export class RequestRefusals1764002300000 implements MigrationInterface {
  name = 'RequestRefusals1764002300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE request_refusals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        scope text NOT NULL CHECK (scope IN ('system','category')),
        system_id uuid,
        system_name text,
        category text,
        exemption_code text NOT NULL,
        citation text NOT NULL,
        text text NOT NULL,
        refused_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((scope = 'system') = (system_id IS NOT NULL)),
        CHECK ((scope = 'category') = (category IS NOT NULL))
      );
      CREATE INDEX request_refusals_by_request ON request_refusals (request_id, created_at);
      CREATE UNIQUE INDEX request_refusals_one_per_part
        ON request_refusals (request_id, scope, coalesce(system_id::text, category));`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE request_refusals;`);
  }
}
