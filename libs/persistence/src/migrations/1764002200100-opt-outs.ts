import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The opt-outs remembered per identity (sale/sharing, the limit on sensitive data), so later data
 * flows can check them and the suppression list can be exported; requests may come from a Global
 * Privacy Control signal (`source = 'gpc'`), and a signal without an e-mail has a reference of
 * its own.
 */
export class OptOuts1764002200100 implements MigrationInterface {
  name = 'OptOuts1764002200100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE requests DROP CONSTRAINT requests_source_check,
        ADD CONSTRAINT requests_source_check CHECK (source IN ('web','staff','gpc'));`);
    await queryRunner.query(`CREATE SEQUENCE gpc_signal_seq`);
    await queryRunner.query(`
      CREATE TABLE opt_outs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('opt_out','limit_sensitive')),
        identity_type text NOT NULL,
        identity_value text NOT NULL,
        reference text NOT NULL,
        request_id uuid REFERENCES requests(id),
        source text NOT NULL CHECK (source IN ('web','staff','gpc')),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT opt_outs_identity UNIQUE (kind, identity_type, identity_value)
      );`);
    await queryRunner.query(`CREATE INDEX opt_outs_recorded ON opt_outs (recorded_at, id)`);
    await queryRunner.query(`CREATE INDEX opt_outs_request ON opt_outs (request_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE opt_outs`);
    await queryRunner.query(`DROP SEQUENCE gpc_signal_seq`);
    await queryRunner.query(`
      ALTER TABLE requests DROP CONSTRAINT requests_source_check,
        ADD CONSTRAINT requests_source_check CHECK (source IN ('web','staff'));`);
  }
}
