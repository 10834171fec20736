import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('pending_verification','awaiting_approval','in_progress','action_required')`;

/**
 * Staff accounts, their sessions and failed logins; the request assignee's foreign key; and the
 * indexes that keep the admin list fast over a million requests (one per sort the API offers,
 * filtered ones for the common filters, trigram for the free-text `q`).
 */
export class StaffAndAdmin1764000100000 implements MigrationInterface {
  name = 'StaffAndAdmin1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE staff_users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(btrim(email))),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin','officer','viewer')),
        enabled boolean NOT NULL DEFAULT true,
        password_hash text NOT NULL,
        password_changed_at timestamptz NOT NULL,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE staff_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES staff_users(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX staff_sessions_by_user ON staff_sessions (user_id)`);
    await queryRunner.query(`
      CREATE TABLE login_failures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_key text NOT NULL,
        address text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX login_failures_by_pair ON login_failures (account_key, address, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX login_failures_by_address ON login_failures (address, created_at)`,
    );
    await queryRunner.query(`
      ALTER TABLE requests ADD CONSTRAINT requests_assignee_fk
        FOREIGN KEY (assignee_id) REFERENCES staff_users(id)`);
    const indexes = [
      `requests_by_received ON requests (received_at, id)`,
      `requests_by_due ON requests (due_at, id)`,
      `requests_by_updated ON requests (updated_at, id)`,
      `requests_by_status_due ON requests (status, due_at, id)`,
      `requests_by_type_due ON requests (type, due_at, id)`,
      `requests_by_jurisdiction_due ON requests (jurisdiction, due_at, id)`,
      `requests_by_assignee_due ON requests (assignee_id, due_at, id)`,
      `requests_overdue ON requests ((coalesce(extended_due_at, due_at))) WHERE status IN ${OPEN}`,
      `requests_by_effective_due ON requests ((coalesce(extended_due_at, due_at)))`,
      `requests_by_email ON requests (email)`,
      `requests_search_trgm ON requests
         USING gin ((reference || ' ' || email || ' ' || coalesce(name, '')) gin_trgm_ops)`,
    ];
    for (const index of indexes) await queryRunner.query(`CREATE INDEX ${index}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of [
      'requests_search_trgm',
      'requests_by_email',
      'requests_by_effective_due',
      'requests_overdue',
      'requests_by_assignee_due',
      'requests_by_jurisdiction_due',
      'requests_by_type_due',
      'requests_by_status_due',
      'requests_by_updated',
      'requests_by_due',
      'requests_by_received',
    ]) {
      await queryRunner.query(`DROP INDEX ${name}`);
    }
    await queryRunner.query(`ALTER TABLE requests DROP CONSTRAINT requests_assignee_fk`);
    await queryRunner.query(`DROP TABLE login_failures`);
    await queryRunner.query(`DROP TABLE staff_sessions`);
    await queryRunner.query(`DROP TABLE staff_users`);
  }
}
