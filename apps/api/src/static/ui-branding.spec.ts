import { describe, expect, it } from '@jest/globals';
import { brandedIndex, GPC_META, gpcIndex } from './ui-branding.js';

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
