import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 21: why the subject objects (direct marketing, or legitimate interests). Art. 18(3): when
 * a restriction was lifted, and the mail that told the subject first.
 */
export class ObjectionsAndRestrictions1764002300100 implements MigrationInterface {
  name = 'ObjectionsAndRestrictions1764002300100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE requests
        ADD COLUMN objection_ground text
          CHECK (objection_ground IN ('direct_marketing','legitimate_interests')),
        ADD COLUMN restriction_lift_mail_id uuid REFERENCES outbound_mails(id),
        ADD COLUMN restriction_lifted_at timestamptz;`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE requests DROP COLUMN objection_ground,
        DROP COLUMN restriction_lift_mail_id, DROP COLUMN restriction_lifted_at;`);
  }
}
