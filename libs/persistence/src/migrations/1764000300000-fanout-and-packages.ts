import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Store tasks (one per request, system and action) and access packages. */
export class FanoutAndPackages1764000300000 implements MigrationInterface {
  name = 'FanoutAndPackages1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE store_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES requests(id),
        system_id uuid NOT NULL,
        system_name text NOT NULL,
        action text NOT NULL,
        state text NOT NULL DEFAULT 'queued'
          CHECK (state IN ('queued','running','waiting','succeeded','failed','skipped')),
        stage integer NOT NULL DEFAULT 0,
        attempts integer NOT NULL DEFAULT 0,
        run integer NOT NULL DEFAULT 0,
        last_error text,
        result jsonb,
        note text,
        completed_by uuid,
        enqueued_at timestamptz,
        started_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT store_tasks_request_system_action UNIQUE (request_id, system_id, action)
      )`);
    await queryRunner.query(
      `CREATE INDEX store_tasks_by_request ON store_tasks (request_id, stage)`,
    );
    await queryRunner.query(
      `CREATE INDEX store_tasks_unfinished ON store_tasks (updated_at) WHERE state IN ('queued','running','waiting')`,
    );
    await queryRunner.query(
      `CREATE INDEX store_tasks_by_system ON store_tasks (system_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE access_packages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL UNIQUE REFERENCES requests(id),
        file_name text NOT NULL,
        size_bytes bigint NOT NULL DEFAULT 0,
        row_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deletion_reason text
      )`);
    await queryRunner.query(
      `CREATE INDEX access_packages_live ON access_packages (created_at) WHERE deleted_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE access_packages`);
    await queryRunner.query(`DROP TABLE store_tasks`);
  }
}
