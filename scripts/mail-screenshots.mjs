#!/usr/bin/env node
// Screenshots of the rendered example mails: every docs/mails/**/<name>.html becomes
// <name>.png beside it (Debian's Chromium through playwright-core). `npm run mails:examples`
// renders the HTML from the real templates first, then runs this.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';

const DOCS = new URL('../docs/mails/', import.meta.url).pathname;
/** A mail client's reading pane: narrow enough that the layout's own width shows. */
const VIEWPORT = { width: 760, height: 600 };

function htmlFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return htmlFiles(path);
      return name.endsWith('.html') ? [path] : [];
    });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  // No network: a mail's images or fonts from elsewhere would make the screenshot vary.
  const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  const files = htmlFiles(DOCS);
  for (const file of files) {
    await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'load' });
    await page.screenshot({
      path: file.replace(/\.html$/, '.png'),
      fullPage: true,
      animations: 'disabled',
    });
  }
  console.log(`${files.length} mail screenshots in ${relative(process.cwd(), DOCS)}`);
} finally {
  await browser.close();
}
