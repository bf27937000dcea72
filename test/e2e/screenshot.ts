import { mkdirSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';

/** Where the README's pictures of the app live; every e2e run overwrites them, so they show the app as it is. */
export const screenshotDir = new URL('../../docs/screenshots/', import.meta.url).pathname;

/** A laptop screen at one device pixel per CSS pixel: readable in the README and small on disk. */
export const screenshotContext = {
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  // The times shown are Dutch ones, whatever the machine's time zone.
  timezoneId: 'Europe/Amsterdam',
} satisfies BrowserContextOptions;

/**
 * A fixed moment for the assessments' dates, so a picture only changes when the app does; `minutes` later for each
 * further assessment, so a list sorted by time has one order.
 */
export const screenshotTime = (minutes = 0) => new Date(Date.parse('2026-03-02T10:00:00+01:00') + minutes * 60_000);

/** Saves what the viewport shows as docs/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, animations: 'disabled', caret: 'hide' });
}
