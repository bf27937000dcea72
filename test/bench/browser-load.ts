import type { Browser, Page } from 'playwright-core';
import { appShown, freshPage } from './fresh-page';
import { summarize, type Summary } from './stats';

export type LoadResults = {
  /** Until the last script or style sheet asked for before DOMContentLoaded had arrived. */
  startFilesFetched: Summary;
  domContentLoaded: Summary;
  firstContentfulPaint: Summary;
  /** Until the app has rendered its start screen (its h1 is in the DOM). */
  startScreen: Summary;
  /** The scripts and style sheets a cold start fetched, to compare with what the manifest says. */
  fetched: string[];
};
export type OfflineResults = { domContentLoaded: Summary; startScreen: Summary } | { skipped: string };

/** Records when the first h1 reaches the DOM: the app's first render, as the user sees it. */
function watchFirstHeading() {
  const marks = window as unknown as { benchFirstHeading?: number };
  new MutationObserver((_, observer) => {
    if (!document.querySelector('h1')) return;
    marks.benchFirstHeading = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Navigation Timing of the page's current document, in ms since its navigation started. */
async function timings(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const files = performance
      .getEntriesByType('resource')
      .filter(
        (entry): entry is PerformanceResourceTiming =>
          entry instanceof PerformanceResourceTiming && /\.(m?js|css)$/.test(new URL(entry.name).pathname),
      );
    const beforeDcl = files.filter((entry) => entry.startTime < navigation.domContentLoadedEventStart);
    return {
      startFilesFetched: Math.max(...beforeDcl.map((entry) => entry.responseEnd)),
      domContentLoaded: navigation.domContentLoadedEventEnd,
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      startScreen: (window as unknown as { benchFirstHeading: number }).benchFirstHeading,
      fetched: files.map((entry) => new URL(entry.name).pathname),
    };
  });
}

/** A first visit in a fresh context each time (cold cache, empty storage); one unmeasured visit warms Chromium up. */
export async function coldLoads(browser: Browser, url: string, runs: number): Promise<LoadResults> {
  const measured: Awaited<ReturnType<typeof timings>>[] = [];
  for (let run = 0; run <= runs; run++) {
    const page = await freshPage(browser, { script: watchFirstHeading, arg: undefined });
    await page.goto(url, { waitUntil: 'load' });
    await appShown(page);
    const result = await timings(page);
    if (run > 0) measured.push(result);
    await page.context().close();
  }
  return {
    startFilesFetched: summarize(measured.map((m) => m.startFilesFetched)),
    domContentLoaded: summarize(measured.map((m) => m.domContentLoaded)),
    firstContentfulPaint: summarize(measured.map((m) => m.firstContentfulPaint)),
    startScreen: summarize(measured.map((m) => m.startScreen)),
    fetched: [...new Set(measured.flatMap((m) => m.fetched))].sort(),
  };
}

/**
 * A reload without network once the service worker controls the page: the app must come from its cache.
 * Skipped, with the reason, while the build has no service worker.
 */
export async function offlineReloads(
  browser: Browser,
  url: string,
  runs: number,
  serviceWorker: string | null,
): Promise<OfflineResults> {
  if (!serviceWorker) return { skipped: 'the build has no service worker' };
  const measured: Awaited<ReturnType<typeof timings>>[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await freshPage(browser, { script: watchFirstHeading, arg: undefined });
    await page.goto(url, { waitUntil: 'load' });
    await appShown(page);
    const controlled = () =>
      page
        .waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
    // A worker that does not claim open pages takes over at the next navigation.
    if (!(await controlled())) {
      await page.reload({ waitUntil: 'load' });
      if (!(await controlled())) return { skipped: 'the service worker never controlled the page' };
    }
    await page.context().setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await appShown(page);
    measured.push(await timings(page));
    await page.context().close();
  }
  return {
    domContentLoaded: summarize(measured.map((m) => m.domContentLoaded)),
    startScreen: summarize(measured.map((m) => m.startScreen)),
  };
}
