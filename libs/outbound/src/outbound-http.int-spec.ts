import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OutboundAddressPolicy } from './address-policy.js';
import { OutboundFailure, OutboundHttp } from './outbound-http.js';

/** Real HTTP servers on loopback, one per behaviour. */
describe('OutboundHttp against real servers', () => {
  let server: http.Server;
  let base: string;
  const hanging: http.ServerResponse[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume();
      if (req.url === '/ok')
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"completed"}');
      else if (req.url === '/slow') hanging.push(res);
      else if (req.url === '/huge') {
        res.writeHead(200);
        const chunk = Buffer.alloc(64 * 1024, 'x');
        for (let i = 0; i < 64; i += 1) res.write(chunk);
        res.end();
      } else if (req.url === '/redirect')
        res.writeHead(302, { location: 'http://169.254.169.254/latest' }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    hanging.forEach((res) => res.destroy());
    await new Promise((resolve) => server.close(resolve));
  });

  const allowed = new OutboundHttp(new OutboundAddressPolicy(['127.0.0.1']), {
    connectTimeoutMs: 1000,
    totalTimeoutMs: 800,
    maxResponseBytes: 100_000,
  });

  it('posts and reads the answer with its latency', async () => {
    const response = await allowed.post(`${base}/ok`, '{}', { 'content-type': 'application/json' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'completed' });
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('refuses loopback when the allowlist does not name it, before connecting', async () => {
    const closed = new OutboundHttp(new OutboundAddressPolicy([]));
    await expect(closed.post(`${base}/ok`, '{}', {})).rejects.toMatchObject({ kind: 'refused' });
    await expect(
      closed.post(`http://localhost:${new URL(base).port}/ok`, '{}', {}),
    ).rejects.toMatchObject({
      kind: 'refused',
    });
  });

  it('gives up on a server that never answers (total timeout)', async () => {
    const error = await allowed.post(`${base}/slow`, '{}', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundFailure);
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('cuts off an answer larger than the cap', async () => {
    await expect(allowed.post(`${base}/huge`, '{}', {})).rejects.toMatchObject({
      kind: 'too_large',
    });
  });

  it('never follows a redirect: the 302 is the answer', async () => {
    const response = await allowed.post(`${base}/redirect`, '{}', {});
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('http://169.254.169.254/latest');
  });
});
