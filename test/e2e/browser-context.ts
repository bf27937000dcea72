import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { Lang } from '../../src/engine/text';

/** The built app's address, served by the global setup. */
export const appUrl = () => inject('appUrl');

/**
 * A fresh browser profile (empty IndexedDB, no service worker) with one page on the start screen. The app reads the
 * language from its own settings, so a test in English switches with the app's own language switch.
 */
export async function openApp(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  await page.goto(appUrl());
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

export type { Lang };

/** The folder the served app was built into. */
export const buildDir = () => inject('buildDir');
