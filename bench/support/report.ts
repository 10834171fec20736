import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/** One figure in the contract's form: `BENCH <name> <value> <unit>` (docs/performance.md). */
export function bench(name: string, value: number, unit: string, digits = 3): void {
  process.stdout.write(
    `BENCH ${name} ${Number.isFinite(value) ? value.toFixed(digits) : 'NaN'} ${unit}\n`,
  );
}

/** Context for the figures (sizes, phases, plans): indented, never a BENCH line. */
export function note(...lines: string[]): void {
  process.stdout.write(lines.map((line) => `  ${line}\n`).join(''));
}

export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

/** Runs `work` over `items` with `size` at a time. */
export async function pool<T>(
  items: T[],
  size: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/**
 * With BENCH_CPU_PROF=<dir>, a V8 CPU profile of this process while `work` runs, written there
 * as `<name>.cpuprofile` (for a phase of a bench that runs the stack in its own process).
 */
export async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(`${dir}/${name}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}
