import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Row } from './dialect.js';

/**
 * A cursor's rows in the batches they arrive in. Iterating the stream itself settles a promise
 * per row, and the cursor hands over hundreds at once: at a million rows that was most of the
 * connector's own time. An error ends the iteration with it; leaving early closes the stream.
 */
export async function* rowBatches(stream: Readable): AsyncGenerator<Row[]> {
  const ended = finished(stream);
  ended.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  try {
    for (;;) {
      const batch: Row[] = [];
      for (let row = stream.read() as Row | null; row !== null; row = stream.read() as Row | null)
        batch.push(row);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      // Ended, or failed (destroyed): `ended` settles with how.
      if (stream.readableEnded || stream.destroyed) return await ended;
      await Promise.race([once(stream, 'readable'), ended]);
    }
  } finally {
    if (!stream.readableEnded) stream.destroy();
  }
}
