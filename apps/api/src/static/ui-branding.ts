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
 * (a proxy or extension that sets the header only).
 */
export function gpcIndex(html: string, secGpc: string | string[] | undefined): string {
  return typeof secGpc === 'string' && secGpc.trim() === '1'
    ? html.replace('</head>', `    ${GPC_META}\n  </head>`)
    : html;
}
