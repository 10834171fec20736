import { mkdirSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { PGlite, type Extensions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { SessionScheduler } from './session-scheduler.js';

/** A server this process runs for itself, and how to reach it. */
export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

type QueryQueue = ConstructorParameters<typeof PGLiteSocketHandler>[0]['queryQueue'];

/**
 * PostgreSQL compiled to WebAssembly (PGlite), kept in `dataDir`, served on a loopback port.
 * pglite-socket speaks the wire protocol for each client; the SessionScheduler decides which
 * client has PGlite's single session.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { searchExtension?: boolean } = {},
): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true });
  const extensions: Extensions = options.searchExtension ? { pg_trgm } : {};
  const db = await PGlite.create({ dataDir, extensions });
  const sockets = new Map<number, Socket>();
  const scheduler = new SessionScheduler(db, (notification, recipients) => {
    for (const id of recipients) {
      const socket = sockets.get(id);
      if (socket?.writable) socket.write(notification);
    }
  });
  const handlers = new Set<PGLiteSocketHandler>();
  const server = createServer((socket) => {
    const handler = new PGLiteSocketHandler({
      queryQueue: scheduler as unknown as QueryQueue,
      closeOnDetach: true,
    });
    handlers.add(handler);
    sockets.set(handler.handlerId, socket);
    socket.once('close', () => {
      handlers.delete(handler);
      sockets.delete(handler.handlerId);
    });
    handler.attach(socket).catch(() => socket.destroy());
  });
  const port = await listen(server);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const handler of handlers) void handler.detach(true);
      });
      await db.close();
    },
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}
