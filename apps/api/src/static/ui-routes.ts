/** Which built UI answers a GET, if any. Pure, so the routing table is tested without a server. */
export type UiTarget =
  { ui: 'admin'; file: string } | { ui: 'privacy-center'; file: string } | null;

/** The public pages behind the mail links and the form: all one small single-page bundle. */
export const SUBJECT_PAGES = ['/', '/verify', '/status', '/download', '/clarify'];

/**
 * `/admin` and below → the admin bundle (unknown paths fall back to its index.html, the SPA's
 * router reads them); the subject pages and the privacy center's assets → its bundle. Everything
 * else (`/api/*`, `/dev/mailbox`, …) is left to the routes. `/download` with `file=1`, or asked for
 * by a client that does not want a page, is the package itself (the packages controller).
 */
export function uiTarget(
  path: string,
  query: Record<string, unknown>,
  acceptsHtml: boolean,
): UiTarget {
  if (path === '/admin' || path.startsWith('/admin/')) {
    const file = path.slice('/admin'.length).replace(/^\/+/, '');
    return { ui: 'admin', file: file || 'index.html' };
  }
  if (path.startsWith('/assets/')) return { ui: 'privacy-center', file: path.slice(1) };
  if (!SUBJECT_PAGES.includes(path)) return null;
  if (path === '/download' && (query.file !== undefined || !acceptsHtml)) return null;
  return { ui: 'privacy-center', file: 'index.html' };
}
