import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { DEMO_STAFF, DemoRuntime, NAMED_PLAYERS } from '@dsar/demo';
import { PACKAGE_CATALOGS } from '@dsar/packages';
import { dropDemoStats } from '@dsar/testing';
import { ScenarioClient } from '../support/scenario-client.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { docsScreenshot, launchChromium } from './support/browser.js';

// Three access requests (English, German, French) through every demo system, then page renders.
jest.setTimeout(120_000);

const ADA = NAMED_PLAYERS[0];
const OFFICER = DEMO_STAFF.find((staff) => staff.role === 'officer')!;
// The phone a person reads on (the narrowest common CSS width) and the common laptop screen.
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
];

/** Words the report says in each language, whatever the demo data holds. */
const TRANSLATED = {
  de: ['Ihre personenbezogenen Daten', 'Was wir über Sie gespeichert haben', 'Ihre Rechte'],
  fr: ['Vos données personnelles', 'Ce que nous détenons sur vous', 'Vos droits'],
} as const;
type Translated = keyof typeof TRANSLATED;

// A catalog key (`letter.rights.heading`) in a page means a message was not looked up.
const KEY_LIKE = new RegExp(
  Object.keys(PACKAGE_CATALOGS.en)
    .map((key) => key.replace(/\./g, '\\.'))
    .join('|'),
);
const ENGLISH_HEADINGS = [
  'What we hold about you',
  'Your rights',
  'How to complain',
  'What it holds',
];

/** Whether the page scrolls sideways; the first elements that stick out, if any. */
async function overflowOf(page: Page) {
  // A string, evaluated in the page (this file is compiled without the DOM's types).
  return (await page.evaluate(`(() => {
    const root = document.documentElement;
    const wide = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((element) => element.tagName.toLowerCase() + ': ' + (element.textContent || '').slice(0, 60));
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  })()`)) as { scrollWidth: number; clientWidth: number; wide: string[] };
}

/**
 * `report.html` of a real package (Ada's access request on the demo tenant; two other players'
 * in German and French) reads without scrolling sideways on a phone and on a laptop; the first
 * screen of each is in docs/screenshots (`report-360.png`, `report-de-360.png`, …).
 */
describe('the access report in a browser, 360 px and 1366 px wide', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-report-layout-'));
  let stack: TestStack;
  let browser: Browser;
  let report = '';
  const translated: Record<Translated, string> = { de: '', fr: '' };

  beforeAll(async () => {
    stack = await startTestStack({
      env: { SEED_DEMO: 'true', DATA_DIR: dataDir, OUTBOUND_ALLOWLIST: '127.0.0.1' },
    });
    const officer = new ScenarioClient(stack);
    await officer.signIn(OFFICER.email, OFFICER.password);
    /** A subject's access request in `language`, verified through the mailed link, answered. */
    const answered = async (email: string, language: string, subjectNote: string) => {
      const { reference } = await officer.call<{ reference: string }>('POST', '/api/requests', {
        type: 'access',
        email,
        jurisdiction: 'gdpr',
        language,
      });
      const mail = await stack.smtp.waitFor(
        (m) => m.to.includes(email) && m.text.includes(reference) && /verify\?token=/.test(m.text),
      );
      const token = /verify\?token=([A-Za-z0-9_.-]+)/.exec(mail.text)![1];
      await officer.call('POST', '/api/requests/verify', { token });
      const filter = encodeURIComponent(JSON.stringify({ reference }));
      const [{ id }] = await officer.call<{ id: string }[]>(
        'GET',
        `/api/admin/requests?filter=${filter}`,
      );
      await officer.call('POST', `/api/admin/requests/${id}/approve`);
      await officer.completeWaitingTasks(id, 'Internal: exported by hand', subjectNote);
      await officer.until(
        () => officer.request(id),
        (request) => request.status === 'completed',
        `access (${language}) completed`,
      );
      return (await officer.package(id))['report.html']!;
    };
    // The other named players have requests of the demo seed open; two generated players have none.
    const generated = (await stack.api
      .get(DataSource)
      .query(`SELECT email FROM flatris_accounts.players WHERE id > $1 ORDER BY id LIMIT 2`, [
        NAMED_PLAYERS.length,
      ])) as { email: string }[];
    [report, translated.de, translated.fr] = await Promise.all([
      answered(ADA.email, 'en', 'LiqPay and Google send you their records directly.'),
      answered(generated[0]!.email, 'de-DE', 'LiqPay und Google schicken Ihnen ihre Daten direkt.'),
      answered(
        generated[1]!.email,
        'fr',
        'LiqPay et Google vous envoient leurs données directement.',
      ),
    ]);
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
      const overflow = await overflowOf(page);
      expect(overflow.clientWidth).toBeLessThanOrEqual(viewport.width);
      expect(overflow).toEqual({ ...overflow, scrollWidth: overflow.clientWidth, wide: [] });
      await docsScreenshot(page, `report-${viewport.width}`);
    } finally {
      await page.close();
    }
  });

  it.each(['de', 'fr'] as const)(
    'a %s package is written in its language: its words, html lang, no key, no English heading',
    (language) => {
      const page = translated[language];
      expect(page).toContain(`<html lang="${language}">`);
      expect(page).toContain(language === 'de' ? 'schicken Ihnen ihre Daten' : 'vous envoient');
      for (const words of TRANSLATED[language])
        expect([words, page.includes(words)]).toEqual([words, true]);
      expect(page).not.toMatch(KEY_LIKE);
      for (const english of ENGLISH_HEADINGS)
        expect([english, page.includes(english)]).toEqual([english, false]);
      for (const name of ['flatris_accounts', 'display_name', 'player_id'])
        expect([name, page.includes(name)]).toEqual([name, false]);
    },
  );

  it.each(
    (['de', 'fr'] as const).flatMap((language) =>
      WIDTHS.map((viewport) => ({ language, ...viewport })),
    ),
  )(
    'the $language package has no horizontal scroll at $width px',
    async ({ language, width, height }) => {
      const page = await browser.newPage({ viewport: { width, height } });
      try {
        await page.setContent(translated[language], { waitUntil: 'load' });
        const overflow = await overflowOf(page);
        expect(overflow.clientWidth).toBeLessThanOrEqual(width);
        expect(overflow).toEqual({ ...overflow, scrollWidth: overflow.clientWidth, wide: [] });
        await docsScreenshot(page, `report-${language}-${width}`);
      } finally {
        await page.close();
      }
    },
  );
});
