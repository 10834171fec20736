import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebhookDispatcher } from '../delivery/webhook-dispatcher.service.js';
import { WebhookMessages } from '../delivery/webhook-messages.service.js';
import { SystemRecords } from '@dsar/systems';

/** "Test connection": one signed `dsar.test` event, logged like any delivery, never retried. */
@Injectable()
export class WebhookConnectionTest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: WebhookMessages,
    private readonly dispatcher: WebhookDispatcher,
    private readonly systems: SystemRecords,
  ) {}

  async run(system: { id: string; name: string }): Promise<{ ok: boolean; message: string }> {
    const message = await this.messages.forEvent(this.dataSource.manager, system, {
      type: 'dsar.test',
      timestamp: new Date().toISOString(),
      data: { systemId: system.id },
    });
    const outcome = await this.dispatcher.attempt(message.id, { once: true });
    const delivery = outcome?.delivery;
    if (outcome?.verdict.kind === 'answered' || outcome?.verdict.kind === 'accepted') {
      return {
        ok: true,
        message: `${system.name} answered ${delivery?.statusCode} in ${delivery?.latencyMs} ms`,
      };
    }
    const reason =
      outcome && 'error' in outcome.verdict
        ? outcome.verdict.error
        : `answered ${delivery?.statusCode}`;
    return { ok: false, message: `The test event to ${system.name} failed: ${reason}` };
  }

  /** For the registry: the system as stored (its name), then the test. */
  async runFor(systemId: string): Promise<{ ok: boolean; message: string }> {
    const system = await this.systems.get(this.dataSource.manager, systemId);
    if (!system) return { ok: false, message: 'No such system' };
    return this.run(system);
  }
}
