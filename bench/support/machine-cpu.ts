import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** The whole machine's CPU time so far (every process: workers, PostgreSQL, Redis, this one), ms. */
export function machineCpuMs(): { busy: number; total: number } {
  // /proc/stat's first line: user nice system idle iowait irq softirq steal …, in clock ticks.
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = ticks.map(Number) as number[];
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  const tick = 10; // USER_HZ is 100 on Linux
  return { busy: busy * tick, total: (busy + idle! + iowait!) * tick };
}

/** CPU spent by the machine while `work` ran: ms per item and the share of every core kept busy. */
export async function measureCpu<T>(
  work: () => Promise<T>,
): Promise<{ result: T; busyMs: number; busyShare: number; cores: number }> {
  const before = machineCpuMs();
  const result = await work();
  const after = machineCpuMs();
  const busyMs = after.busy - before.busy;
  return {
    result,
    busyMs,
    busyShare: busyMs / Math.max(1, after.total - before.total),
    cores: cpus().length,
  };
}
