import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Systems of kind `mysql` (MySQL 8 and MariaDB 10.6+, on the SQL core shared with postgres). */
export class MysqlSystemKind1764001100000 implements MigrationInterface {
  name = 'MysqlSystemKind1764001100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE systems DROP CONSTRAINT systems_kind_check;
      ALTER TABLE systems ADD CONSTRAINT systems_kind_check
        CHECK (kind IN ('postgres','mysql','webhook','email','manual','google_analytics'));`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE systems DROP CONSTRAINT systems_kind_check;
      ALTER TABLE systems ADD CONSTRAINT systems_kind_check
        CHECK (kind IN ('postgres','webhook','email','manual','google_analytics'));`);
  }
}
