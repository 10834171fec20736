import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook messages (one per task or event; the Standard Webhooks id is kept across retries),
 * every delivery attempt, callback receipts (replay refusal), staff alerts, Art. 19 notices and task attachments.
 * Unique constraints back each idempotency claim.
 */
export class WebhooksAndNotices1764000400000 implements MigrationInterface {
  name = 'WebhooksAndNotices1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id text NOT NULL UNIQUE,
        system_id uuid NOT NULL,
        system_name text NOT NULL,
        task_id uuid UNIQUE,
        request_id uuid REFERENCES requests(id),
        event_type text NOT NULL,
        sealed_body text,
        callback_token_hash text UNIQUE,
        state text NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending','awaiting_callback','succeeded','failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_error text,
        answer_digest text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX webhook_messages_due ON webhook_messages (next_attempt_at) WHERE state = 'pending'`,
    );
    await queryRunner.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL REFERENCES webhook_messages(id),
        webhook_id text NOT NULL,
        system_id uuid NOT NULL,
        system_name text NOT NULL,
        task_id uuid,
        request_id uuid,
        event_type text NOT NULL,
        attempt integer NOT NULL,
        status_code integer,
        latency_ms integer,
        error text,
        outcome text NOT NULL CHECK (outcome IN ('succeeded','accepted','retry','failed','gone')),
        redelivery boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX webhook_deliveries_by_time ON webhook_deliveries (created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX webhook_deliveries_by_message ON webhook_deliveries (message_id, attempt)`,
    );
    await queryRunner.query(
      `CREATE INDEX webhook_deliveries_by_system ON webhook_deliveries (system_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE webhook_callback_receipts (
        message_id uuid NOT NULL REFERENCES webhook_messages(id),
        callback_webhook_id text NOT NULL,
        callback_timestamp bigint NOT NULL,
        answer_digest text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (message_id, callback_webhook_id, callback_timestamp)
      )`);
    await queryRunner.query(`
      CREATE TABLE staff_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        subject_key text NOT NULL,
        request_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_alerts_once UNIQUE (kind, subject_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE recipient_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES requests(id),
        system_id uuid NOT NULL,
        system_name text NOT NULL,
        recipient_name text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email','webhook')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT recipient_notices_once UNIQUE (request_id, system_id, recipient_name)
      )`);
    await queryRunner.query(`
      CREATE TABLE task_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES store_tasks(id),
        request_id uuid NOT NULL REFERENCES requests(id),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL,
        path text NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX task_attachments_by_task ON task_attachments (task_id, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE task_attachments`);
    await queryRunner.query(`DROP TABLE recipient_notices`);
    await queryRunner.query(`DROP TABLE staff_alerts`);
    await queryRunner.query(`DROP TABLE webhook_callback_receipts`);
    await queryRunner.query(`DROP TABLE webhook_deliveries`);
    await queryRunner.query(`DROP TABLE webhook_messages`);
  }
}
