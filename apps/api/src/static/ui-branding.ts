import { browserId } from '../signals/gpc.schemas.js';

/** The product's own name, on the staff UI's login page, header and tab. */
export const PRODUCT_NAME = 'DSAR back-office';

export interface UiBranding {
  controllerName: string;
  controllerTimezone: string;
}

const escapeAttribute = (text: string) =>
  text.replace(
    /[&"<>]/g,
    (char) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[char]!,
  );

/**
 * The built index.html with the controller's name and zone as `<meta>` tags the SPA reads before
 * sign-in (no inline script, so a strict Content-Security-Policy holds), and its title.
 */
export function brandedIndex(html: string, branding: UiBranding): string {
  const title = `${PRODUCT_NAME} · ${branding.controllerName}`;
  const metas = [
    `<meta name="dsar-product" content="${escapeAttribute(PRODUCT_NAME)}" />`,
    `<meta name="dsar-controller" content="${escapeAttribute(branding.controllerName)}" />`,
    `<meta name="dsar-timezone" content="${escapeAttribute(branding.controllerTimezone)}" />`,
  ].join('\n    ');
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeAttribute(title)}</title>`)
    .replace('</head>', `    ${metas}\n  </head>`);
}

/** The privacy center's index: the controller's zone, so the pages show dates in it. */
export function zonedIndex(html: string, controllerTimezone: string): string {
  const meta = `<meta name="dsar-timezone" content="${escapeAttribute(controllerTimezone)}" />`;
  return html.replace('</head>', `    ${meta}\n  </head>`);
}

/** The meta the privacy center reads to show its GPC notice when the browser sent the signal. */
export const GPC_META = '<meta name="dsar-gpc" content="1" />';

/**
 * The page as a browser sending Global Privacy Control (`Sec-GPC: 1` on the page request) gets
 * it: the notice then shows even where the page's script cannot see `navigator.globalPrivacyControl`
 * (a proxy or extension that sets the header only). With the browser id the company site's cookie
 * carries (GPC_BROWSER_ID_COOKIE), the page also gets that id (`dsar-browser-id`), so its notice
 * records the signal for this browser without asking for an e-mail; without the signal it never
 * does (the id is not the page's business then).
 */
export function gpcIndex(
  html: string,
  secGpc: string | string[] | undefined,
  browserIdValue: string | null = null,
): string {
  if (typeof secGpc !== 'string' || secGpc.trim() !== '1') return html;
  const metas = [GPC_META];
  if (browserIdValue !== null) {
    metas.push(`<meta name="dsar-browser-id" content="${escapeAttribute(browserIdValue)}" />`);
  }
  return html.replace('</head>', `    ${metas.join('\n    ')}\n  </head>`);
}

/**
 * The browser id in the request's `Cookie` header under `name`, when it is one a signal may carry
 * (the signal's own rule: printable, not too long); null when absent, repeated or not such an id.
 * A quoted value loses its quotes (RFC 6265 § 4.1.1); nothing else is decoded.
 */
export function browserIdCookie(header: string | undefined, name: string | null): string | null {
  if (!header || !name) return null;
  const values = header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1).replace(/^"(.*)"$/, '$1'));
  if (values.length !== 1) return null;
  const parsed = browserId.safeParse(values[0]);
  return parsed.success ? parsed.data : null;
}
