import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol, so the pages' Content-Security-Policy stays in force.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOTS = new URL('../screenshots/', import.meta.url).pathname;

/** Debian's Chromium, headless, without a sandbox (containers) or a GPU. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}${name}.png`;
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page against WCAG 2.1 A/AA and returns the serious and critical violations,
 * each as one line naming the rule and the elements (so a failing test says what to fix).
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(`axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }).then((result) => result.violations)`)) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** The checked-in pictures of the main screens (README, docs): the viewport as a user sees it. */
export const DOCS_SCREENSHOTS = new URL('../../../docs/screenshots/', import.meta.url).pathname;

export async function docsScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  const path = `${DOCS_SCREENSHOTS}${name}.png`;
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
