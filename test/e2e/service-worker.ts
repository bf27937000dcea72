import type { Page } from 'playwright-core';

/**
 * Waits until the app's service worker is active (its precache complete) and controls the page, so everything the
 * page loads from now on can come from the cache.
 */
export async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}
