import type { MigrationInterface, QueryRunner } from 'typeorm';

/** GDPR Art. 18(3): how a lifted restriction ended in each system, and who lifted it by hand. */
export class RestrictionLifts1764002840000 implements MigrationInterface {
  name = 'RestrictionLifts1764002840000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE restriction_lifts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        task_id uuid NOT NULL REFERENCES store_tasks(id) ON DELETE CASCADE,
        system_id uuid NOT NULL,
        system_name text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('lifted','by_hand','nothing_to_lift')),
        note text NOT NULL,
        lifted_at timestamptz,
        lifted_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT restriction_lifts_task UNIQUE (task_id),
        CHECK (outcome = 'by_hand' OR lifted_at IS NOT NULL)
      );
      CREATE INDEX restriction_lifts_by_request ON restriction_lifts (request_id);`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE restriction_lifts');
  }
}
