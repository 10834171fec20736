import { describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startOnPreferredPort } from './demo-ports.js';

const listen = (port: number) =>
  new Promise<http.Server>((resolve, reject) => {
    const server = http.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const portOf = (server: http.Server) => (server.address() as AddressInfo).port;
const close = (server: http.Server) => new Promise((resolve) => server.close(resolve));

describe('a demo receiver and a port that is taken', () => {
  it('takes a free port instead of dying with EADDRINUSE', async () => {
    const squatter = await listen(0); // someone else's dev server
    const taken = portOf(squatter);
    const { started, fellBack } = await startOnPreferredPort(taken, listen);
    expect(fellBack).toBe(true);
    expect(portOf(started)).not.toBe(taken);
    await Promise.all([close(started), close(squatter)]);
  });

  it('keeps the preferred port when it is free', async () => {
    const probe = await listen(0);
    const free = portOf(probe);
    await close(probe);
    const { started, fellBack } = await startOnPreferredPort(free, listen);
    expect([fellBack, portOf(started)]).toEqual([false, free]);
    await close(started);
  });

  it('still fails on another error', async () => {
    const failing = () => Promise.reject(Object.assign(new Error('no'), { code: 'EACCES' }));
    await expect(startOnPreferredPort(1, failing)).rejects.toThrow('no');
  });
});
