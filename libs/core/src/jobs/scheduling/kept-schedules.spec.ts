import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Queue } from 'bullmq';
import { KEEP_SCHEDULES_EVERY_MS, type KeptSchedule, KeptSchedules } from './kept-schedules.js';

/** Records the upserts a keeper makes; the timing is what is under test here, not BullMQ. */
class RecordingQueue {
  readonly upserted: string[] = [];
  async upsertJobScheduler(id: string): Promise<void> {
    this.upserted.push(id);
  }
}

class TwoSchedules extends KeptSchedules {
  constructor(private readonly queue: RecordingQueue) {
    super();
  }
  protected schedules(): KeptSchedule[] {
    const queue = this.queue as unknown as Queue;
    return [
      { queue, id: 'a', repeat: { every: 1000 }, template: { name: 'a' } },
      { queue, id: 'b', repeat: { pattern: '0 0 8 * * *' }, template: { name: 'b' } },
    ];
  }
}

describe('KeptSchedules', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('upserts every schedule at boot, again each minute, and not after shutdown', async () => {
    const queue = new RecordingQueue();
    const keeper = new TwoSchedules(queue);
    await keeper.onApplicationBootstrap();
    expect(queue.upserted).toEqual(['a', 'b']);
    await jest.advanceTimersByTimeAsync(KEEP_SCHEDULES_EVERY_MS);
    expect(queue.upserted).toEqual(['a', 'b', 'a', 'b']);
    keeper.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(5 * KEEP_SCHEDULES_EVERY_MS);
    expect(queue.upserted).toHaveLength(4);
  });
});
