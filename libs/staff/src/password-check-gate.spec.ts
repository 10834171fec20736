import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@dsar/domain';
import { PasswordCheckGate } from './password-check-gate.js';

/** A password check that finishes when the test says so. */
function pending() {
  let finish!: () => void;
  const done = new Promise<boolean>((resolve) => {
    finish = () => resolve(true);
  });
  return { done, finish };
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'ran';
  } catch (error) {
    return error instanceof DomainError ? [error.code, error.details] : error;
  }
}

describe('PasswordCheckGate', () => {
  it('runs a few checks at once; the next waits for a turn, in order', async () => {
    const gate = new PasswordCheckGate({
      concurrent: 2,
      waitMs: 60_000,
      queued: 10,
      perAddress: 10,
    });
    const checks = [pending(), pending(), pending()];
    const started: number[] = [];
    const runs = checks.map((check, index) =>
      gate.check(() => {
        started.push(index);
        return check.done;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    checks[1]!.finish();
    await runs[1];
    expect(started).toEqual([0, 1, 2]);
    checks[0]!.finish();
    checks[2]!.finish();
    await Promise.all(runs);
    expect(gate.verifications).toBe(3);
  });

  it('refuses with Retry-After when no turn frees up in time, without running the check', async () => {
    const gate = new PasswordCheckGate({ concurrent: 1, waitMs: 10, queued: 10, perAddress: 10 });
    const first = pending();
    const running = gate.check(() => first.done);
    let ran = false;
    expect(
      await refusal(
        gate.check(() => {
          ran = true;
          return Promise.resolve(true);
        }),
      ),
    ).toEqual(['rate_limited', { retryAfterSeconds: 1 }]);
    expect(ran).toBe(false);
    first.finish();
    await running;
    // The turn the refused one never took is free again.
    expect(await gate.check(() => Promise.resolve('next'))).toBe('next');
    expect(gate.verifications).toBe(2);
  });

  it('refuses at once when the waiting line is full', async () => {
    const gate = new PasswordCheckGate({
      concurrent: 1,
      waitMs: 60_000,
      queued: 1,
      perAddress: 10,
    });
    const first = pending();
    const second = pending();
    const runs = [gate.check(() => first.done), gate.check(() => second.done)];
    expect(await refusal(gate.check(() => Promise.resolve(true)))).toEqual([
      'rate_limited',
      { retryAfterSeconds: 60 },
    ]);
    first.finish();
    second.finish();
    await Promise.all(runs);
  });

  it('admits a bounded number of attempts per address at once, and frees them when over', () => {
    const gate = new PasswordCheckGate({ concurrent: 2, waitMs: 10, queued: 10, perAddress: 2 });
    const leaveA = gate.admit('198.51.100.1');
    gate.admit('198.51.100.1');
    expect(() => gate.admit('198.51.100.1')).toThrow(DomainError);
    const other = gate.admit('198.51.100.2');
    leaveA();
    leaveA(); // twice is once
    const again = gate.admit('198.51.100.1');
    expect(() => gate.admit('198.51.100.1')).toThrow(/Too many sign-ins at once/);
    again();
    other();
  });
});
