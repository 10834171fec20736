import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests, their link tokens, the append-only audit trail, settings and the mail outbox. */
export class CoreSchema1764000000000 implements MigrationInterface {
  name = 'CoreSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE request_reference_seq`);
    await queryRunner.query(`
      CREATE TABLE requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        type text NOT NULL CHECK (type IN ('access','rectification','erasure','portability','restriction','objection')),
        status text NOT NULL,
        jurisdiction text NOT NULL,
        email text NOT NULL,
        name text,
        details text,
        corrections jsonb,
        source text NOT NULL DEFAULT 'web' CHECK (source IN ('web','staff')),
        received_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        extended_due_at timestamptz,
        extension_reason text,
        verified_at timestamptz,
        verification_method text,
        denial_reason_code text,
        denial_text text,
        assignee_id uuid,
        duplicate_of_id uuid REFERENCES requests(id),
        identities jsonb NOT NULL DEFAULT '{}'::jsonb,
        outcome jsonb,
        completed_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX requests_open_by_email ON requests (email, type)
         WHERE status IN ('pending_verification','awaiting_approval','in_progress','action_required')`,
    );
    await queryRunner.query(
      `CREATE INDEX requests_pending_by_received ON requests (received_at)
         WHERE status = 'pending_verification'`,
    );
    await queryRunner.query(`
      CREATE TABLE request_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        purpose text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX request_tokens_by_request ON request_tokens (request_id, purpose)`,
    );
    await queryRunner.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        chain text NOT NULL,
        seq integer NOT NULL,
        request_id uuid REFERENCES requests(id),
        actor_type text NOT NULL CHECK (actor_type IN ('subject','staff','system')),
        actor_id uuid,
        action text NOT NULL,
        from_status text,
        to_status text,
        reason text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL,
        prev_hash text,
        hash text NOT NULL,
        CONSTRAINT audit_events_chain_seq UNIQUE (chain, seq)
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_events_by_request ON audit_events (request_id, seq)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_events_by_actor ON audit_events (actor_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_events_by_action ON audit_events (action, created_at)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
    await queryRunner.query(`
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid
      )`);
    await queryRunner.query(`
      CREATE TABLE outbound_mails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid REFERENCES requests(id),
        template text NOT NULL,
        recipient_hash text NOT NULL,
        sealed text NOT NULL,
        status text NOT NULL DEFAULT 'queued',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX outbound_mails_by_recipient ON outbound_mails (recipient_hash, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX outbound_mails_unsent ON outbound_mails (created_at) WHERE status = 'queued'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbound_mails`);
    await queryRunner.query(`DROP TABLE settings`);
    await queryRunner.query(`DROP TABLE audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only`);
    await queryRunner.query(`DROP TABLE request_tokens`);
    await queryRunner.query(`DROP TABLE requests`);
    await queryRunner.query(`DROP SEQUENCE request_reference_seq`);
  }
}
