import { useBasename } from 'react-admin';

/**
 * Every link inside the app goes through this: react-admin is mounted under `/admin`, and a bare
 * `/requests` from a router `Link` would leave it (a blank page, "No routes matched").
 */
export function useAdminPath(): (path: string) => string {
  const basename = useBasename();
  return (path: string) => `${basename}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The requests list with a filter, as react-admin's list reads it from the query. */
export function requestsWithFilter(filter: Record<string, unknown>): string {
  return `/requests?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
