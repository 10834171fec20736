import { describe, expect, it } from '@jest/globals';
import { PassThrough, Readable } from 'node:stream';
import { rowBatches } from './row-batches.js';

const collect = async (stream: Readable) => {
  const batches: unknown[][] = [];
  for await (const batch of rowBatches(stream)) batches.push(batch);
  return batches;
};

describe('row batches', () => {
  it('gives every row once, in order, in the batches the stream holds', async () => {
    const stream = new PassThrough({ objectMode: true });
    const done = collect(stream);
    for (let n = 0; n < 5; n += 1) stream.write({ n });
    setTimeout(() => {
      stream.write({ n: 5 });
      stream.end();
    }, 10);
    const batches = await done;
    expect(batches.flat()).toEqual([0, 1, 2, 3, 4, 5].map((n) => ({ n })));
    expect(batches.length).toBeLessThan(6);
  });

  it('ends at once on an empty stream', async () => {
    expect(await collect(Readable.from([], { objectMode: true }))).toEqual([]);
  });

  it('ends with the stream’s error, after the rows before it', async () => {
    const stream = new PassThrough({ objectMode: true });
    const seen: unknown[] = [];
    const done = (async () => {
      for await (const batch of rowBatches(stream)) seen.push(...batch);
    })();
    stream.write({ n: 1 });
    setTimeout(() => stream.destroy(new Error('connection lost')), 10);
    await expect(done).rejects.toThrow('connection lost');
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('closes the stream when the reader stops early', async () => {
    const stream = new PassThrough({ objectMode: true });
    stream.write({ n: 1 });
    for await (const batch of rowBatches(stream)) {
      expect(batch).toEqual([{ n: 1 }]);
      break;
    }
    expect(stream.destroyed).toBe(true);
  });
});
