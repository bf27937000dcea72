import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkTimeLimitSeconds } from '../../src/app/start/check-in-worker';
import { launchChromium } from '../browser/chromium';
import { writeHostileFile } from '../fixtures/hostile-files';
import { openApp } from './browser-context';
import { texts } from './wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const nl = texts('nl');
const en = texts('en');

/** A timer in the page, ticking every 50 ms: where the page's thread is busy, its ticks stop. */
const startTicking = (page: Page) =>
  page.evaluate(() => {
    const ticks: number[] = [];
    Object.assign(window, { ticks });
    setInterval(() => ticks.push(performance.now()), 50);
  });
const longestPause = (page: Page) =>
  page.evaluate(() => {
    const ticks = (window as unknown as { ticks: number[] }).ticks;
    return Math.max(...ticks.slice(1).map((tick, index) => tick - ticks[index]!));
  });

describe('a hostile questionnaire file cannot freeze the page', () => {
  it('opening the 100,000-key file shows a message within the time limit, and the page reacts meanwhile', async () => {
    const page = await openApp(browser);
    await startTicking(page);
    await page.getByLabel(nl('import.label')).setInputFiles(writeHostileFile('distinct-keys'));
    // While the worker checks the file, the language switch still works: the checking notice changes language.
    await page
      .getByRole('status')
      .filter({ hasText: nl('import.checking') })
      .waitFor();
    await page.getByRole('button', { name: en('language.en') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: en('import.checking') })
      .waitFor();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: (checkTimeLimitSeconds + 5) * 1000 });
    expect(await alert.textContent()).toMatch(/distinct-keys\.yaml.*(unknown fields "k0"|took longer than)/s);
    // A busy page would pause its timer for as long as the parse takes (seconds); a free one keeps ticking.
    expect(await longestPause(page)).toBeLessThan(2500);
    await page.context().close();
  });

  it('a check that runs past the time limit is stopped and the user told the file took too long', async () => {
    const page = await openApp(browser);
    await page.clock.install();
    await page.getByLabel(nl('import.label')).setInputFiles(writeHostileFile('distinct-keys'));
    await page
      .getByRole('status')
      .filter({ hasText: nl('import.checking') })
      .waitFor();
    await page.clock.fastForward((checkTimeLimitSeconds + 1) * 1000);
    await page
      .getByRole('alert')
      .filter({ hasText: `het controleren van het bestand duurde langer dan ${checkTimeLimitSeconds} seconden` })
      .waitFor();
    await page.context().close();
  });
});
