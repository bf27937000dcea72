import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { openApp } from './browser-context';
import { compile } from '../../src/engine/compile';
import { renderJson } from '../../src/report/render-json';
import { questionnaireData, scenario, showOutcome, texts } from './wizard';

const t = texts('nl');

// One page on the outcome of cloud-transfer-risk, the screen with the most to print (figures, matrix, risks). It is
// restored from a backup of a worked case rather than walked: the route is not what these checks are about.
const title = 'Teams casusoverleg';
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await openApp(browser);
  const { answers } = scenario('cloud-transfer-risk', 'teams-health-case-meetings');
  const compiled = compile(questionnaireData('cloud-transfer-risk'));
  const backup = renderJson(compiled, answers, { title, date: '2026-03-02' }, 'print-check', new Date());
  await page.getByLabel(t('backup.importLabel')).setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  // A finished assessment opens on its review.
  await page.getByRole('button', { name: t('assessments.openLabel', { title }) }).click();
  await showOutcome(page, 'nl');
});
afterAll(() => browser.close());

/** The computed `display` of the first element matching each selector (or "absent"). */
const displays = (selectors: string[]) =>
  page.evaluate(
    (selectors) =>
      Object.fromEntries(
        selectors.map((selector) => {
          const element = document.querySelector(selector);
          return [selector, element ? getComputedStyle(element).display : 'absent'];
        }),
      ),
    selectors,
  );

describe('printing the outcome gives the report itself', () => {
  beforeAll(() => page.emulateMedia({ media: 'print' }));
  afterAll(() => page.emulateMedia({ media: null }));

  it('leaves out the header, the footer, the report panel and the other controls', async () => {
    expect(
      await displays(['.app-header', '.app-footer', '.report-downloads', '.outcome-screen .utrecht-action-group']),
    ).toEqual({
      '.app-header': 'none',
      '.app-footer': 'none',
      '.report-downloads': 'none',
      '.outcome-screen .utrecht-action-group': 'none',
    });
    const printedButtons = await page
      .locator('button, input, [role="button"]')
      .evaluateAll((controls) =>
        controls.filter((control) => control.checkVisibility()).map((control) => control.outerHTML.slice(0, 80)),
      );
    expect(printedButtons).toEqual([]);
  });

  it('prints the verdict, the figures, the risk matrix, the reasoning and the sources, whole', async () => {
    expect(
      await displays([
        '.outcome-screen h1',
        '.verdict',
        '.calculation table',
        'table.risk-matrix',
        'table.risk-table',
        '.reasoning-trail',
      ]),
    ).toEqual({
      '.outcome-screen h1': 'block',
      '.verdict': 'block',
      '.calculation table': 'table',
      'table.risk-matrix': 'table',
      'table.risk-table': 'table',
      '.reasoning-trail': 'block',
    });
    await page.getByRole('heading', { name: t('outcome.sources') }).waitFor();
    // Paper does not scroll: no table may be cut off inside a scroll region.
    const clipped = await page
      .locator('.scroll-region')
      .evaluateAll((regions) => regions.filter((region) => getComputedStyle(region).overflowX !== 'visible').length);
    expect(clipped).toBe(0);
  });
});

/** Every element and pseudo-element whose transition or animation lasts longer than 10 ms. */
const moving = () =>
  page.evaluate(() => {
    const longest = (durations: string) =>
      Math.max(
        ...durations.split(',').map((duration) => parseFloat(duration) * (duration.trim().endsWith('ms') ? 1 : 1000)),
      );
    const found: string[] = [];
    for (const element of document.querySelectorAll('*'))
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const transition = style.transitionProperty === 'none' ? 0 : longest(style.transitionDuration);
        const animation = style.animationName === 'none' ? 0 : longest(style.animationDuration);
        if (transition > 10 || animation > 10)
          found.push(`${element.tagName.toLowerCase()}${pseudo ?? ''}.${element.className}`);
      }
    return found;
  });

describe('motion follows prefers-reduced-motion', () => {
  // The app has no motion of its own today; motion a later change adds (here: on every button and its pseudo-elements) must be stopped too.
  beforeAll(() =>
    // A constructed style sheet, as the app's CSP allows no inline <style>.
    page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '@keyframes pulse { from { opacity: 0.5 } } ' +
          'button, button::after { transition: background-color 300ms; animation: pulse 1s infinite; } ' +
          'button::after { content: ""; }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }),
  );

  it('with "reduce", nothing transitions or animates', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await moving()).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });

  it('without the preference the same motion plays: the reduced-motion rule is what stops it', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await moving()).length).toBeGreaterThan(0);
  });
});
