import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecipientEventSender } from '@dsar/notices';
import { WebhookDispatcher } from './webhook-dispatcher.service.js';
import { WebhookMessages } from './webhook-messages.service.js';

/** `dsar.recipient.notice` events to recipients that are connected systems (Art. 19). */
@Injectable()
export class WebhookRecipientEvents implements RecipientEventSender {
  private readonly logger = new Logger(WebhookRecipientEvents.name);

  constructor(
    private readonly messages: WebhookMessages,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  async record(
    manager: EntityManager,
    system: { id: string; name: string },
    data: Record<string, unknown>,
    requestId: string,
  ): Promise<string> {
    const message = await this.messages.forEvent(
      manager,
      system,
      { type: 'dsar.recipient.notice', timestamp: new Date().toISOString(), data },
      requestId,
    );
    return message.id;
  }

  /** First attempts after commit; a failure is scheduled for retry by the dispatcher. */
  async send(handles: string[]): Promise<void> {
    for (const messageId of handles) {
      await this.dispatcher.attempt(messageId).catch((error: Error) => {
        // The sweep picks up a message whose first attempt never happened.
        this.logger.warn({ messageId, err: error.message }, 'recipient notice not sent yet');
      });
    }
  }
}
