import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A `redis-server` of the test's own on a random port, for tests that flush or kill Redis. It
 * keeps its port: `stop()` then `start()` (or `restart()`) brings an empty Redis back at the same
 * URL, as an outage without persistence would.
 */
export class PrivateRedis {
  private process: ChildProcess | null = null;
  port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.port = this.port || (await freePort());
    this.process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const client = new Redis(this.port, '127.0.0.1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    for (let attempt = 0; attempt < 50; attempt += 1) {
      try {
        await client.connect();
        await client.ping();
        client.disconnect();
        return this;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error('private redis-server did not start');
  }

  async flush(): Promise<void> {
    const client = new Redis(this.port, '127.0.0.1');
    await client.flushall();
    client.disconnect();
  }

  /** SIGKILL, then an empty redis-server on the same port. */
  async restart(): Promise<this> {
    await this.stop();
    return this.start();
  }

  get running(): boolean {
    return this.process !== null;
  }

  async stop(): Promise<void> {
    if (!this.process) return;
    const exited = new Promise((resolve) => this.process!.once('exit', resolve));
    this.process.kill('SIGKILL');
    await exited;
    this.process = null;
  }
}
