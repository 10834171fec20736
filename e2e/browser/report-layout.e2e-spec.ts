import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO_STAFF, DemoRuntime, NAMED_PLAYERS } from '@dsar/demo';
import { dropDemoStats } from '@dsar/testing';
import { ScenarioClient } from '../support/scenario-client.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { docsScreenshot, launchChromium } from './support/browser.js';

// One access request through every demo system, then two page renders.
jest.setTimeout(120_000);

const ADA = NAMED_PLAYERS[0];
const OFFICER = DEMO_STAFF.find((staff) => staff.role === 'officer')!;
// The phone a person reads on (the narrowest common CSS width) and the common laptop screen.
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
];

/**
 * `report.html` of a real package (Ada's access request on the demo tenant) reads without
 * scrolling sideways on a phone and on a laptop; the first screen of each is in docs/screenshots.
 */
describe('the access report in a browser, 360 px and 1366 px wide', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-report-layout-'));
  let stack: TestStack;
  let browser: Browser;
  let report = '';

  beforeAll(async () => {
    stack = await startTestStack({
      env: { SEED_DEMO: 'true', DATA_DIR: dataDir, OUTBOUND_ALLOWLIST: '127.0.0.1' },
    });
    const officer = new ScenarioClient(stack);
    await officer.signIn(OFFICER.email, OFFICER.password);
    const id = await officer.submitVerified('access', ADA.email);
    await officer.call('POST', `/api/admin/requests/${id}/approve`);
    await officer.completeWaitingTasks(
      id,
      'Internal: exported by hand',
      'LiqPay and Google send you their records directly.',
    );
    await officer.until(
      () => officer.request(id),
      (request) => request.status === 'completed',
      'access completed',
    );
    report = (await officer.package(id))['report.html']!;
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await dropDemoStats(stack?.api.get(DemoRuntime).endpoints);
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is a real report: labels and words, no table or column names', () => {
    expect(report).toContain('Phone number');
    expect(report).toContain(ADA.phone);
    expect(report).toMatch(/\d+ records? found/);
    // The note written for Ada is there; the internal one never is.
    expect(report).toContain('LiqPay and Google send you their records directly.');
    expect(report).not.toContain('exported by hand');
    for (const name of ['flatris_accounts', 'flatris_payments', 'display_name', 'player_id'])
      expect([name, report.includes(name)]).toEqual([name, false]);
  });

  it.each(WIDTHS)('has no horizontal scroll at $width px', async (viewport) => {
    const page = await browser.newPage({ viewport });
    try {
      // The report is a file a person opens from the zip: no server, no network.
      await page.setContent(report, { waitUntil: 'load' });
      // A string, evaluated in the page (this file is compiled without the DOM's types).
      const overflow = (await page.evaluate(`(() => {
        const root = document.documentElement;
        const wide = [...document.body.querySelectorAll('*')]
          .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
          .slice(0, 5)
          .map((element) => element.tagName.toLowerCase() + ': ' + (element.textContent || '').slice(0, 60));
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
      })()`)) as { scrollWidth: number; clientWidth: number; wide: string[] };
      expect(overflow.clientWidth).toBeLessThanOrEqual(viewport.width);
      expect(overflow).toEqual({ ...overflow, scrollWidth: overflow.clientWidth, wide: [] });
      await docsScreenshot(page, `report-${viewport.width}`);
    } finally {
      await page.close();
    }
  });
});
