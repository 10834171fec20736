import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { OutboundAddressPolicy, OutboundRefusedError } from './address-policy.js';
import { resolveChecked, type CheckedTarget } from './resolver.js';

export interface OutboundLimits {
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxResponseBytes: number;
}

export const DEFAULT_OUTBOUND_LIMITS: OutboundLimits = {
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 15_000,
  maxResponseBytes: 256 * 1024,
};

export type OutboundFailureKind = 'refused' | 'timeout' | 'too_large' | 'network';

/** A request that got no usable answer; `kind` tells retryable failures from refused targets. */
export class OutboundFailure extends Error {
  override name = 'OutboundFailure';
  constructor(
    readonly kind: OutboundFailureKind,
    message: string,
  ) {
    super(message);
  }
}

export interface OutboundResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  latencyMs: number;
}

/** A lookup that answers with the already-checked address only (resolve once, connect to it). */
function pinnedLookup(target: CheckedTarget): LookupFunction {
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address: target.address, family: target.family },
      ]);
    } else callback(null, target.address, target.family);
  };
}

/**
 * POSTs a body under the outbound policy: the target is resolved and checked once and the socket
 * goes to that address; connect and total timeouts; the answer is cut off past a size cap;
 * redirects are answers like any other (never followed).
 */
export class OutboundHttp {
  constructor(
    private readonly policy: OutboundAddressPolicy,
    private readonly limits: OutboundLimits = DEFAULT_OUTBOUND_LIMITS,
  ) {}

  async post(
    target: string,
    body: string,
    headers: Record<string, string>,
    limits: Partial<OutboundLimits> = {},
  ): Promise<OutboundResponse> {
    const effective = { ...this.limits, ...limits };
    const checked = await resolveChecked(this.policy, target).catch((error: Error) => {
      throw error instanceof OutboundRefusedError
        ? new OutboundFailure('refused', error.message)
        : new OutboundFailure('network', error.message);
    });
    return this.send(checked, body, headers, effective);
  }

  private send(
    target: CheckedTarget,
    body: string,
    headers: Record<string, string>,
    limits: OutboundLimits,
  ): Promise<OutboundResponse> {
    const started = Date.now();
    const client = target.url.protocol === 'https:' ? https : http;
    return new Promise<OutboundResponse>((resolve, reject) => {
      let settled = false;
      const finish = (error: OutboundFailure | null, response?: OutboundResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(connectTimer);
        clearTimeout(totalTimer);
        if (error) {
          request.destroy();
          reject(error);
        } else resolve(response!);
      };
      const request = client.request(target.url, {
        method: 'POST',
        agent: false,
        lookup: pinnedLookup(target),
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      });
      const connectTimer = setTimeout(
        () =>
          finish(
            new OutboundFailure('timeout', `no connection within ${limits.connectTimeoutMs} ms`),
          ),
        limits.connectTimeoutMs,
      );
      const totalTimer = setTimeout(
        () =>
          finish(
            new OutboundFailure('timeout', `no complete answer within ${limits.totalTimeoutMs} ms`),
          ),
        limits.totalTimeoutMs,
      );
      request.on('socket', (socket) => {
        const connected = () => clearTimeout(connectTimer);
        if (!socket.connecting) connected();
        socket.once('connect', connected);
      });
      request.on('error', (error) => finish(new OutboundFailure('network', error.message)));
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxResponseBytes) {
            finish(
              new OutboundFailure(
                'too_large',
                `the answer exceeded ${limits.maxResponseBytes} bytes`,
              ),
            );
            response.destroy();
            return;
          }
          chunks.push(chunk);
        });
        response.on('error', (error) => finish(new OutboundFailure('network', error.message)));
        response.on('end', () =>
          finish(null, {
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            latencyMs: Date.now() - started,
          }),
        );
      });
      request.end(body);
    });
  }
}
