/**
 * Starts a demo receiver on the port it would like (next to the api's, so addresses stay stable
 * across restarts), or, when that port is taken (a dev server on 3001 is common), on a free port
 * the system picks: the demo must never stop the product with EADDRINUSE. Says which it got.
 */
export async function startOnPreferredPort<T>(
  preferred: number,
  start: (port: number) => Promise<T>,
): Promise<{ started: T; fellBack: boolean }> {
  try {
    return { started: await start(preferred), fellBack: false };
  } catch (error) {
    if (preferred === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return { started: await start(0), fellBack: true };
  }
}
