import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The eight request types of the contract (frozen here: a migration never reads the code). */
const TYPES = `'access','rectification','erasure','portability','restriction','objection','opt_out','limit_sensitive'`;
const EARLIER = `'access','rectification','erasure','portability','restriction','objection'`;

/**
 * Every right a person has: a request's type, a task's action and a system's actions may name
 * each of the eight types, and nothing else.
 */
export class EveryRight1764002200000 implements MigrationInterface {
  name = 'EveryRight1764002200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE requests DROP CONSTRAINT requests_type_check,
        ADD CONSTRAINT requests_type_check CHECK (type IN (${TYPES}));`);
    await queryRunner.query(`
      ALTER TABLE store_tasks
        ADD CONSTRAINT store_tasks_action_check CHECK (action IN (${TYPES}));`);
    await queryRunner.query(`
      ALTER TABLE systems
        ADD CONSTRAINT systems_actions_check CHECK (
          jsonb_typeof(actions) = 'array' AND actions <@ '[${TYPES.replaceAll("'", '"')}]'::jsonb
        );`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE systems DROP CONSTRAINT systems_actions_check`);
    await queryRunner.query(`ALTER TABLE store_tasks DROP CONSTRAINT store_tasks_action_check`);
    await queryRunner.query(`
      ALTER TABLE requests DROP CONSTRAINT requests_type_check,
        ADD CONSTRAINT requests_type_check CHECK (type IN (${EARLIER}));`);
  }
}
