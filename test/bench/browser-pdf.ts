import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { questionnaireData, scenario, showOutcome, startQuestionnaire, texts, walk } from '../e2e/wizard';
import { appShown, freshPage } from './fresh-page';
import { largestReport, type LargestReport } from './largest-report';
import { summarize, type Summary } from './stats';

export type PdfResults = {
  report: LargestReport;
  /** The first PDF in a fresh context: the lazy PDF chunk is loaded first. */
  first: Summary;
  /** Every later PDF of the same report, with the chunk loaded. */
  warm: Summary;
  pdfBytes: number;
};

/** From the click on the PDF button to the browser's download event, timed in Node around both. */
async function timePdf(page: Page): Promise<{ ms: number; bytes: number }> {
  const button = page.getByRole('button', { name: texts('nl')('report.pdf'), exact: true });
  // The button is disabled while a PDF is being made.
  await page.waitForFunction(
    (name) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === name && !b.disabled),
    texts('nl')('report.pdf'),
  );
  const start = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const ms = performance.now() - start;
  const path = await download.path();
  return { ms, bytes: statSync(path).size };
}

/**
 * The PDF of the largest report, in `runs` fresh contexts: the scenario walked through the wizard to its outcome,
 * then the PDF downloaded once cold and `warmPerRun` more times.
 */
export async function pdfDownloads(browser: Browser, url: string, runs: number, warmPerRun = 3): Promise<PdfResults> {
  const report = largestReport();
  const questionnaire = questionnaireData(report.questionnaire);
  const answers = scenario(report.questionnaire, report.scenario).answers;
  const first: number[] = [];
  const warm: number[] = [];
  let pdfBytes = 0;
  for (let run = 0; run < runs; run++) {
    const page = await freshPage(browser);
    await page.goto(url);
    await appShown(page);
    await startQuestionnaire(page, questionnaire, 'nl');
    await walk(page, questionnaire, answers, 'nl');
    await showOutcome(page, 'nl');
    const cold = await timePdf(page);
    first.push(cold.ms);
    pdfBytes = cold.bytes;
    for (let again = 0; again < warmPerRun; again++) warm.push((await timePdf(page)).ms);
    await page.context().close();
  }
  return { report, first: summarize(first), warm: summarize(warm), pdfBytes };
}
