import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A Global Privacy Control signal that carries only a browser id is an `opt_out` request of its
 * own (CCPA regs § 7025(c)): it is fanned out to every system by that id, with nobody to write
 * to. Only such a signal may lack an e-mail; every other request still names one.
 */
export class EmailLessRequests1764002830000 implements MigrationInterface {
  name = 'EmailLessRequests1764002830000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE requests ALTER COLUMN email DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE requests ADD CONSTRAINT requests_email_unless_gpc
         CHECK (email IS NOT NULL OR (source = 'gpc' AND type = 'opt_out'))`,
    );
    // The staff search finds such a request by its reference: a null e-mail must not blank it.
    await queryRunner.query(`DROP INDEX requests_search_trgm`);
    await queryRunner.query(
      `CREATE INDEX requests_search_trgm ON requests
         USING gin ((reference || ' ' || coalesce(email, '') || ' ' || coalesce(name, '')) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX requests_search_trgm`);
    await queryRunner.query(
      `CREATE INDEX requests_search_trgm ON requests
         USING gin ((reference || ' ' || email || ' ' || coalesce(name, '')) gin_trgm_ops)`,
    );
    await queryRunner.query(`ALTER TABLE requests DROP CONSTRAINT requests_email_unless_gpc`);
    // Fails while a browser's request exists: those are records of a legal request, not ours to drop.
    await queryRunner.query(`ALTER TABLE requests ALTER COLUMN email SET NOT NULL`);
  }
}
