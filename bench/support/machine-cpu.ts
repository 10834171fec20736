import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * A process's command name and CPU so far (user + system, `/proc/<pid>/stat` fields 14 and 15,
 * in clock ticks of 1/100 s), ms. The name is in parentheses and may hold any character, so the
 * fields are counted from its last `)`.
 */
export function processCpuOf(pid: number): { command: string; ms: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    ms: (Number(fields[11]) + Number(fields[12])) * 10,
  };
}

/** Every process's `processCpuOf`, by pid. */
function processCpu(): Map<number, { command: string; ms: number }> {
  const found = new Map<number, { command: string; ms: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      found.set(Number(entry), processCpuOf(Number(entry)));
    } catch {
      // the process ended while we read: its CPU is the machine's, not a group's
    }
  }
  return found;
}

/**
 * The CPU each group of processes spent while `work` ran, ms: `groupOf` names a process's group
 * from its pid and command name (processes started during `work` count from zero).
 */
export async function measureCpuByGroup<T>(
  groupOf: (pid: number, command: string) => string,
  work: () => Promise<T>,
): Promise<{ result: T; groups: Record<string, number> }> {
  const before = processCpu();
  const result = await work();
  const groups: Record<string, number> = {};
  for (const [pid, { command, ms }] of processCpu()) {
    const group = groupOf(pid, command);
    groups[group] = (groups[group] ?? 0) + ms - (before.get(pid)?.ms ?? 0);
  }
  return { result, groups };
}
