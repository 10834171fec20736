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
