import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { appUrl, buildDir } from './browser-context';
import { controlledByServiceWorker } from './service-worker';
import {
  downloadPdf,
  headingText,
  questionnaireData,
  scenario,
  showOutcome,
  startQuestionnaire,
  switchLanguage,
  texts,
  walk,
} from './wizard';

/** The policy the built index.html must carry, directive by directive (sources in any order). */
const requiredPolicy: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

const directivesOf = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources.sort()]),
  );

const sortedPolicy = Object.fromEntries(
  Object.entries(requiredPolicy).map(([name, sources]) => [name, sources.toSorted()]),
);

/** blob: (the downloads) and data: (the design system's CSS images) are made in the page: no network is involved. */
const isNetwork = (url: string) => !url.startsWith('blob:') && !url.startsWith('data:');

type Violation = { directive: string; blocked: string; source: string; sample: string };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** Presses a download button and returns the file's bytes. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return readFileSync(await file.path());
}

describe('privacy by construction', () => {
  it('the built index.html carries the strict policy and no inline script', () => {
    const html = readFileSync(join(buildDir(), 'index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, 'a CSP meta tag in the built index.html').toBeDefined();
    expect(directivesOf(policy!)).toMatchObject(sortedPolicy);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // Every script has a src; an inline one would be refused by the policy anyway, and must not be needed.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !/\ssrc=/.test(tag))).toEqual([]);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  });

  it('a whole session sends every request to the app’s own origin and breaks no rule of the policy', async () => {
    const origin = new URL(appUrl()).origin;
    const context = await browser.newContext({ acceptDownloads: true });
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    const violations: Violation[] = [];
    await context.exposeBinding('reportCspViolation', (_source, violation: Violation) => violations.push(violation));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportCspViolation: (violation: object) => void }).reportCspViolation({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}`,
          sample: event.sample,
        }),
      );
    });
    const problems: string[] = [];
    context.on('page', (page) => page.on('pageerror', (error) => problems.push(error.message)));
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    try {
      // Start screen, and the service worker fetching its precache.
      await page.goto(appUrl());
      await page.getByRole('heading', { level: 1 }).waitFor();
      await controlledByServiceWorker(page);

      // A full assessment and every download.
      const nl = texts('nl');
      const questionnaire = questionnaireData('photo-purpose-test');
      await startQuestionnaire(page, questionnaire, 'nl');
      await walk(page, questionnaire, scenario('photo-purpose-test', 'teams-camera-health-visible').answers, 'nl');
      await showOutcome(page, 'nl');
      expect((await downloadPdf(page, 'nl')).bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((await download(page, nl('report.docx'))).subarray(0, 2).toString('latin1')).toBe('PK');
      expect((await download(page, nl('report.markdown'))).toString('utf8')).toContain(questionnaire.title.nl);
      expect(JSON.parse((await download(page, nl('report.json'))).toString('utf8'))).toBeTypeOf('object');

      // The language switch, and back to the start screen in English.
      await switchLanguage(page, 'en');
      const en = texts('en');
      await page
        .getByRole('button', { name: en('app.toStart') })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: en('start.heading') }).waitFor();

      // Opening a questionnaire file of one's own (the YAML parser is a chunk of its own).
      await page.getByLabel(en('import.label')).setInputFiles('questionnaires/photo-purpose-test.yaml');
      await page.waitForFunction(
        (start) => document.querySelector('h1')?.textContent?.trim() !== start,
        en('start.heading'),
      );
      await page
        .getByRole('button', { name: en('app.toStart') })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: en('start.heading') }).waitFor();

      // The storage settings, and the privacy statement.
      await page.getByRole('heading', { level: 2, name: en('storage.heading') }).scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: en('wipe.start') }).click();
      await page.getByRole('button', { name: en('wipe.cancel') }).click();
      await page.getByRole('link', { name: en('privacy.link') }).click();
      await page.getByRole('heading', { level: 1, name: en('privacy.heading') }).waitFor();
      await page.getByRole('button', { name: en('privacy.close') }).click();

      // A reload: the app comes back from the service worker, in the language it was left in.
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await headingText(page)).not.toBe('');

      // The manifest is linked, valid, and its icons load at their stated sizes.
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
        if (!link) return null;
        const data = (await (await fetch(link.href)).json()) as {
          name: string;
          short_name: string;
          lang: string;
          start_url: string;
          scope: string;
          display: string;
          theme_color: string;
          icons: { src: string; sizes: string; type: string; purpose?: string }[];
        };
        const icons = await Promise.all(
          data.icons.map(async (icon) => {
            const image = new Image();
            image.src = icon.src;
            await image.decode();
            return { ...icon, loaded: `${image.naturalWidth}x${image.naturalHeight}` };
          }),
        );
        return { ...data, icons };
      });
      expect(manifest).toMatchObject({
        name: 'Privacytoets',
        short_name: 'Privacytoets',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#154273',
      });
      const pngs = manifest!.icons.filter((icon) => icon.type === 'image/png');
      expect(pngs.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512', '512x512']);
      for (const icon of pngs) expect(icon.loaded, icon.src).toBe(icon.sizes);
      expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
      expect(manifest!.icons.some((icon) => icon.type === 'image/svg+xml')).toBe(true);
    } finally {
      await context.close();
    }

    const network = requests.filter((request) => isNetwork(request.url()));
    const origins = [...new Set(network.map((request) => new URL(request.url()).origin))];
    const byWorker = network.filter((request) => request.serviceWorker() !== null).length;
    console.log(
      `privacy session: ${network.length} requests (${byWorker} by the service worker) to ${origins.length} origin(s): ` +
        `${origins.join(', ')}; ${requests.length - network.length} blob:/data: URLs (made in the page, not sent)`,
    );
    expect(origins).toEqual([origin]);
    // Playwright reports the service worker's own fetches (its precache) too; without them this test would see less.
    expect(byWorker).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(problems.filter((text) => /Content.Security.Policy|Refused to/i.test(text))).toEqual([]);
  });
});
