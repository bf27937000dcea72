import type { Browser, Page } from 'playwright-core';

/**
 * A page in a new browser context: its own empty cache, IndexedDB and service workers, as on a first visit.
 * `init` runs in every document of the context before the app's own scripts, to observe without changing the app.
 */
export async function freshPage<Arg>(browser: Browser, init?: { script: (arg: Arg) => void; arg: Arg }): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  if (init) {
    // tsx compiles with esbuild's keepNames, whose `__name` helper the page does not have.
    const content = `var __name = (f) => f; (${init.script.toString()})(${JSON.stringify(init.arg) ?? 'undefined'});`;
    await context.addInitScript({ content });
  }
  return context.newPage();
}

/** Waits for the app's level-1 heading (the start screen, or the question on screen), not a browser error page's. */
export const appShown = (page: Page) => page.locator('#root h1').first().waitFor();
