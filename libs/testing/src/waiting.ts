/** Polls until `predicate` holds on what `read` returns: no sleeping on a guess. */
export async function waitFor<T>(
  read: () => Promise<T>,
  predicate: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (predicate(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Until the request's status is `status`. */
export function waitForStatus(
  stack: { query<T>(sql: string, params?: unknown[]): Promise<T[]> },
  requestId: string,
  status: string,
  timeoutMs = 30_000,
): Promise<string | undefined> {
  return waitFor(
    async () =>
      (
        await stack.query<{ status: string }>('SELECT status FROM requests WHERE id = $1', [
          requestId,
        ])
      )[0]?.status,
    (value) => value === status,
    timeoutMs,
  );
}
