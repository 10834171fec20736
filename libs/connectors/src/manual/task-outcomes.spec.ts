import { DomainError } from '@dsar/domain';
import { outcomeToResult } from './task-outcomes.js';

describe('outcomeToResult', () => {
  it('maps done, partly done, not found and refused onto the one result shape', () => {
    expect(outcomeToResult({ outcome: 'done', note: 'erased' }, 'erasure')).toMatchObject({
      outcome: 'completed',
      note: 'erased',
    });
    expect(
      outcomeToResult({ outcome: 'partly_done', note: 'one shelf left' }, 'erasure'),
    ).toMatchObject({
      outcome: 'completed',
      note: 'partly done: one shelf left',
    });
    expect(outcomeToResult({ outcome: 'not_found', note: 'no file' }, 'access')).toMatchObject({
      outcome: 'not_found',
    });
    expect(outcomeToResult({ outcome: 'refused', note: 'court order' }, 'erasure')).toMatchObject({
      outcome: 'failed',
      note: 'refused: court order',
    });
  });

  it('counts uploaded rows for access and refuses data on other actions', () => {
    const result = outcomeToResult(
      { outcome: 'done', note: 'found', data: { folders: [{ a: 1 }, { a: 2 }] } },
      'access',
    );
    expect(result.counts.found).toBe(2);
    expect(result.data).toEqual({ folders: [{ a: 1 }, { a: 2 }] });
    expect(() =>
      outcomeToResult({ outcome: 'done', note: 'x', data: { a: [] } }, 'erasure'),
    ).toThrow(DomainError);
  });
});
