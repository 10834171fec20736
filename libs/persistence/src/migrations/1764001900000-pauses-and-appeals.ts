import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Waiting on the subject (a question, identity, a fee) and the subject's appeals of decisions.
 * One open pause and one undecided appeal per request at most.
 */
export class PausesAndAppeals1764001900000 implements MigrationInterface {
  name = 'PausesAndAppeals1764001900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE request_pauses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('identity','clarification','fee')),
        question text NOT NULL,
        answer text,
        resume_status text NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        CHECK (ended_at IS NULL OR ended_at >= started_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX request_pauses_by_request ON request_pauses (request_id, started_at)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX request_pauses_one_open ON request_pauses (request_id) WHERE ended_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE request_appeals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        text text NOT NULL,
        decided_status text NOT NULL CHECK (decided_status IN ('denied','completed')),
        asked_at timestamptz NOT NULL,
        decide_by timestamptz NOT NULL,
        outcome text CHECK (outcome IN ('upheld','overturned')),
        decision_text text,
        decided_at timestamptz,
        CHECK ((outcome IS NULL) = (decided_at IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX request_appeals_by_request ON request_appeals (request_id, asked_at)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX request_appeals_one_open ON request_appeals (request_id) WHERE decided_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX request_appeals_undecided ON request_appeals (decide_by) WHERE decided_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE request_appeals`);
    await queryRunner.query(`DROP TABLE request_pauses`);
  }
}
