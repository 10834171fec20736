import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import {
  OutboundAddressPolicy,
  OutboundFailure,
  OutboundHttp,
  type OutboundLimits,
} from '@dsar/outbound';
import type { WebhookMessageEntity } from '@dsar/persistence';
import { signWebhook } from '../signing/webhook-signing.js';
import { SystemRecords } from '@dsar/systems';
import { signingSecrets } from '../signing/signing-secrets.js';
import { verdictForFailure, verdictForResponse, type DeliveryVerdict } from './delivery-verdict.js';
import { WebhookMessages } from './webhook-messages.service.js';

/**
 * Connect/total timeouts and the answer cap; WebhooksModule provides the production limits
 * (DEFAULT_OUTBOUND_LIMITS), a test overrides them with shorter ones.
 */
export const OUTBOUND_LIMITS = Symbol('OUTBOUND_LIMITS');

export interface SendResult {
  verdict: DeliveryVerdict;
  statusCode: number | null;
  latencyMs: number | null;
}

/**
 * Sends a message once: the system as registered now (enabled, URL, secrets), the body signed with
 * every valid secret, posted under the outbound policy; the answer read into a verdict.
 */
@Injectable()
export class WebhookSender {
  private readonly http: OutboundHttp;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly messages: WebhookMessages,
    private readonly systems: SystemRecords,
    @Inject(OUTBOUND_LIMITS) limits: OutboundLimits,
  ) {
    this.http = new OutboundHttp(new OutboundAddressPolicy(config.outboundAllowlist), limits);
  }

  async send(message: WebhookMessageEntity): Promise<SendResult> {
    const system = await this.systems.get(this.dataSource.manager, message.systemId);
    if (!system)
      return {
        verdict: { kind: 'permanent', error: 'the system is no longer registered' },
        statusCode: null,
        latencyMs: null,
      };
    if (!system.enabled)
      return {
        verdict: { kind: 'permanent', error: 'the system is disabled' },
        statusCode: null,
        latencyMs: null,
      };
    const secrets = signingSecrets(system.settings);
    const url = system.settings.url;
    if (typeof url !== 'string' || secrets.length === 0) {
      return {
        verdict: { kind: 'permanent', error: 'the system has no URL or secret' },
        statusCode: null,
        latencyMs: null,
      };
    }
    const body = this.messages.bodyOf(message);
    const started = Date.now();
    try {
      const response = await this.http.post(url, body, {
        'content-type': 'application/json',
        'user-agent': 'dsar-backoffice-webhooks/1',
        ...signWebhook(message.webhookId, body, secrets),
      });
      const header = (name: string) => {
        const value = response.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const verdict = verdictForResponse(
        {
          status: response.status,
          body: response.body,
          retryAfter: header('retry-after'),
          location: header('location'),
        },
        message.taskId !== null,
      );
      return { verdict, statusCode: response.status, latencyMs: response.latencyMs };
    } catch (error) {
      if (!(error instanceof OutboundFailure)) throw error;
      return {
        verdict: verdictForFailure(error.kind, error.message),
        statusCode: null,
        latencyMs: Date.now() - started,
      };
    }
  }
}
