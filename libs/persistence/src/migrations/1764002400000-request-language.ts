import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language the subject asked in (BCP 47, DESIGN "Language"): mails and the privacy center
 * answer in it where a translation exists. Requests made before it was asked are English.
 */
export class RequestLanguage1764002400000 implements MigrationInterface {
  name = 'RequestLanguage1764002400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE requests ADD COLUMN language text NOT NULL DEFAULT 'en'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE requests DROP COLUMN language`);
  }
}
