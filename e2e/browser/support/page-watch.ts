import type { Page } from 'playwright-core';
import { BUDGETS } from './budgets.js';

/**
 * What a page did wrong while it was watched: console errors, react-router's "No routes matched"
 * warning, uncaught exceptions and unhandled promise rejections (Chromium reports both as page
 * errors), and answers of 5xx. `drain()` hands them over and starts afresh.
 */
export class PageWatch {
  private problems: string[] = [];
  private inFlight = 0;

  constructor(private readonly page: Page) {
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error') this.problems.push(`console error: ${text}`);
      else if (/No routes matched/i.test(text)) this.problems.push(`router: ${text}`);
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 500) {
        this.problems.push(`${response.status()} from ${new URL(response.url()).pathname}`);
      }
    });
    page.on('request', () => this.inFlight++);
    page.on('requestfinished', () => this.inFlight--);
    page.on('requestfailed', () => this.inFlight--);
  }

  drain(): string[] {
    const problems = this.problems;
    this.problems = [];
    return problems;
  }

  /**
   * Waits until the page is quiet: no request in flight and no progress indicator, twice in a row
   * a poll apart (a click's fetch starts on the render after it).
   */
  async settle(timeoutMs: number = BUDGETS.settle): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietPolls = 0;
    while (quietPolls < 2) {
      if (Date.now() > deadline) {
        throw new Error(`${this.page.url()} never settled in ${timeoutMs} ms (E2E_TIME_SCALE)`);
      }
      const busy =
        this.inFlight > 0 ||
        (await this.page
          .locator('[role="progressbar"]:visible, .MuiLinearProgress-root:visible')
          .count()) > 0;
      quietPolls = busy ? 0 : quietPolls + 1;
      await this.page.waitForTimeout(100);
    }
  }
}
