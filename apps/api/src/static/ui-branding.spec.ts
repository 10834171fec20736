import { describe, expect, it } from '@jest/globals';
import { brandedIndex, browserIdCookie, GPC_META, gpcIndex } from './ui-branding.js';

const HTML = '<html><head><title>x</title></head><body></body></html>';

describe('the admin page names the product and the controller', () => {
  it('puts both in the title and in meta tags the app reads', () => {
    const html = brandedIndex(HTML, {
      controllerName: 'Flatris',
      controllerTimezone: 'Europe/Kyiv',
    });
    expect(html).toContain('<title>DSAR back-office · Flatris</title>');
    expect(html).toContain('<meta name="dsar-controller" content="Flatris" />');
    expect(html).toContain('<meta name="dsar-timezone" content="Europe/Kyiv" />');
  });

  it('escapes a name an officer typed', () => {
    const html = brandedIndex(HTML, {
      controllerName: '"Evil" <script>&',
      controllerTimezone: 'UTC',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('content="&quot;Evil&quot; &lt;script&gt;&amp;"');
  });
});

describe('the privacy center page says whether the browser sent Global Privacy Control', () => {
  it('carries the GPC meta only for a page request with Sec-GPC: 1', () => {
    expect(gpcIndex(HTML, '1')).toContain(GPC_META);
    expect(gpcIndex(HTML, ' 1 ')).toContain(GPC_META);
    for (const header of [undefined, '0', '', 'true', ['1', '1']]) {
      expect(gpcIndex(HTML, header)).toBe(HTML);
    }
  });
});

describe('the privacy center page carries the browser id only with the signal', () => {
  it('adds the browser id meta (escaped) for Sec-GPC: 1, never without it', () => {
    const page = gpcIndex(HTML, '1', 'ck-"1"<x>');
    expect(page).toContain(GPC_META);
    expect(page).toContain('<meta name="dsar-browser-id" content="ck-&quot;1&quot;&lt;x&gt;" />');
    expect(gpcIndex(HTML, '1', null)).not.toContain('dsar-browser-id');
    expect(gpcIndex(HTML, undefined, 'ck-1')).toBe(HTML);
    expect(gpcIndex(HTML, '0', 'ck-1')).toBe(HTML);
  });

  it('reads the configured cookie, and only a browser id a signal may carry', () => {
    const header = 'theme=dark; site_vid=ck-42; other=1';
    expect(browserIdCookie(header, 'site_vid')).toBe('ck-42');
    expect(browserIdCookie('site_vid="ck-42"', 'site_vid')).toBe('ck-42');
    expect(browserIdCookie(header, null)).toBeNull();
    expect(browserIdCookie(undefined, 'site_vid')).toBeNull();
    expect(browserIdCookie(header, 'vid')).toBeNull();
    expect(browserIdCookie('xsite_vid=ck-1', 'site_vid')).toBeNull();
    expect(browserIdCookie('site_vid=', 'site_vid')).toBeNull();
    expect(browserIdCookie('site_vid=a\u0001b', 'site_vid')).toBeNull();
    expect(browserIdCookie(`site_vid=${'x'.repeat(5000)}`, 'site_vid')).toBeNull();
    // Two values under one name: which one the site meant is not ours to guess.
    expect(browserIdCookie('site_vid=a; site_vid=b', 'site_vid')).toBeNull();
  });
});
