import type { EntityManager } from 'typeorm';

/**
 * Injection token: sends `dsar.recipient.notice` to a recipient that is a connected system. A token
 * because webhooks build on notices; WebhooksModule provides it (WebhookRecipientEvents).
 */
export const RECIPIENT_EVENTS = Symbol('RECIPIENT_EVENTS');

export interface RecipientEventSender {
  /** Writes the event in the caller's transaction; returns a handle to send after commit. */
  record(
    manager: EntityManager,
    system: { id: string; name: string },
    data: Record<string, unknown>,
    requestId: string,
  ): Promise<string>;
  /** Sends recorded events (retries follow the webhook schedule). */
  send(handles: string[]): Promise<void>;
}
