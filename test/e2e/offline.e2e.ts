import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { serveBuild } from '../browser/serve-build';
import { buildDir } from './browser-context';
import { controlledByServiceWorker } from './service-worker';
import { downloadPdf, questionnaireData, scenario, showOutcome, startQuestionnaire, texts, walk } from './wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** Presses a download button on the outcome screen and returns the file's bytes. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync(await file.path());
}

describe('offline after one visit', () => {
  it('with the server gone and the network off, a reload starts and finishes an assessment and makes its PDF and Word file', async () => {
    // A server of its own: this test shuts it down, and the other browser tests still need theirs.
    const served = await serveBuild(buildDir());
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(served.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await controlledByServiceWorker(page);

      await served.close();
      await context.setOffline(true);
      // The proof that nothing below comes from the network: a request to the app's own address now fails.
      expect(
        await page.evaluate(() =>
          fetch('/not-precached.txt').then(
            () => 'reached',
            () => 'failed',
          ),
        ),
      ).toBe('failed');
      await page.reload();
      const t = texts('nl');
      await page.getByRole('heading', { level: 1, name: t('start.heading') }).waitFor();

      const questionnaire = questionnaireData('photo-purpose-test');
      await startQuestionnaire(page, questionnaire, 'nl');
      await walk(page, questionnaire, scenario('photo-purpose-test', 'teams-camera-health-visible').answers, 'nl');
      await showOutcome(page, 'nl');

      // The PDF and Word renderers are lazy chunks: they load only now, so only the precache can have them.
      const { bytes: pdf } = await downloadPdf(page, 'nl');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const docx = await download(page, t('report.docx'));
      expect(docx.subarray(0, 2).toString('latin1')).toBe('PK'); // a .docx is a zip file
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
    } finally {
      await context.close();
      await served.close();
    }
  });
});
