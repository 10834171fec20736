/**
 * Deterministic pseudo-random numbers in SQL: a hash of (seed, stream, index) → an integer in
 * [0, n). The same seed gives the same company on every machine, and generate_series keeps
 * thousands of players to a few statements.
 */
export function pick(seed: number, stream: string, index: string, n: number): string {
  return `(('x' || substr(md5('${seed}:${stream}:' || ${index}), 1, 8))::bit(32)::bigint % ${n})`;
}

/** One element of a literal text array, chosen deterministically. */
export function pickFrom(seed: number, stream: string, index: string, values: string[]): string {
  const array = `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(',')}]`;
  return `(${array})[1 + ${pick(seed, stream, index, values.length)}]`;
}

/** A deterministic hex string of `length` (≤ 32) characters. */
export function hex(seed: number, stream: string, index: string, length: number): string {
  return `substr(md5('${seed}:${stream}:' || ${index}), 1, ${length})`;
}
