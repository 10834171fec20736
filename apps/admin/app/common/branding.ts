/**
 * The product's and the controller's names and the controller's time zone, as the api writes them
 * into index.html's `<meta>` tags (readable before sign-in; no inline script). A page built for a
 * dev server without the api falls back to the product's name and the browser's zone.
 */
const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || null;

export const BRANDING = {
  product: meta('dsar-product') ?? 'DSAR back-office',
  controller: meta('dsar-controller'),
  timeZone: meta('dsar-timezone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
};
