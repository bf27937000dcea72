import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { serveBuild } from '../browser/serve-build';
import { buildDir } from './browser-context';
import { controlledByServiceWorker } from './service-worker';
import { texts } from './wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/**
 * The second version of the worker answers "which-version"; the first does not. Any change to sw.js's bytes makes
 * the browser install it as an update, and this one also lets the test ask which worker controls the page.
 */
const secondVersion = `
// second version (test/e2e/update-prompt.e2e.ts)
self.addEventListener('message', (event) => {
  if (event.data === 'which-version') event.ports[0].postMessage('second');
});
`;

/** The version of the worker that controls the page: 'first' when it does not answer. */
const controllingVersion = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        navigator.serviceWorker.controller!.postMessage('which-version', [channel.port2]);
        setTimeout(() => resolve('first'), 1_000);
      }),
  );

describe('a new version of the app', () => {
  // The tab of the first visit had no worker when it opened; a returning visit's tab had one.
  it.each([
    { visit: 'in the tab of the first visit', returning: false },
    { visit: 'on a returning visit', returning: true },
  ])('$visit, is announced with a reload button and loads only when the user presses it', async ({ returning }) => {
    // A copy of its own: this test changes sw.js, which the other browser tests must not see.
    const folder = mkdtempSync(join(tmpdir(), 'privacy-app-update-'));
    cpSync(buildDir(), folder, { recursive: true });
    const served = await serveBuild(folder);
    const context = await browser.newContext();
    try {
      const t = texts('nl');
      const page = await context.newPage();
      await page.goto(served.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await controlledByServiceWorker(page);
      if (returning) {
        await page.reload();
        await page.getByRole('heading', { level: 1 }).waitFor();
      }
      const notice = page.getByRole('alert').filter({ hasText: t('update.available') });
      expect(await controllingVersion(page)).toBe('first');
      expect(await notice.count()).toBe(0);

      appendFileSync(join(folder, 'sw.js'), secondVersion);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

      await notice.waitFor();
      // Nothing is swapped behind the user's back: the old worker still serves this page, the new one waits.
      expect(await controllingVersion(page)).toBe('first');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null)).toBe(
        true,
      );

      await page.evaluate(() => Object.assign(window, { beforeTheUpdate: true }));
      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: t('update.reload') }).click();
      await reloaded;
      await page.getByRole('heading', { level: 1 }).waitFor();

      expect(await page.evaluate(() => 'beforeTheUpdate' in window)).toBe(false);
      expect(await controllingVersion(page)).toBe('second');
      expect(await notice.count()).toBe(0);
    } finally {
      await context.close();
      await served.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
