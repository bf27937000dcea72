import { launchChromium } from '../browser/chromium';
import { serveBuild } from '../browser/serve-build';
import { answerCommits, type AnswerResults } from './browser-answers';
import { coldLoads, offlineReloads, type LoadResults, type OfflineResults } from './browser-load';
import { listOfMany, type ListResults } from './browser-list';
import { pdfDownloads, type PdfResults } from './browser-pdf';

export type BrowserResults = {
  chromium: string;
  coldLoad: LoadResults;
  offlineReload: OfflineResults;
  answers: AnswerResults;
  list: ListResults;
  pdf: PdfResults;
};

/** Contexts per browser measurement: the issue asks for at least 5; cold loads are cheap, so they get more. */
const runs = { coldLoad: 9, offline: 5, list: 5, pdf: 5 };

/** Only the list of 1,000 assessments (`npm run bench -- --only list`), to measure a change to it quickly. */
export async function measureList(outDir: string, log: (line: string) => void): Promise<ListResults> {
  const served = await serveBuild(outDir);
  const browser = await launchChromium();
  try {
    log(`browser: list of 1,000 assessments (${served.url})`);
    return await listOfMany(browser, served.url, 1000, runs.list);
  } finally {
    await browser.close();
    await served.close();
  }
}

/** Every browser measurement, in Debian's Chromium against the build served on 127.0.0.1. */
export async function measureBrowser(
  outDir: string,
  serviceWorker: string | null,
  log: (line: string) => void,
): Promise<BrowserResults> {
  const served = await serveBuild(outDir);
  const browser = await launchChromium();
  try {
    log(`browser: cold loads (${served.url})`);
    const coldLoad = await coldLoads(browser, served.url, runs.coldLoad);
    log('browser: reload while offline');
    const offlineReload = await offlineReloads(browser, served.url, runs.offline, serviceWorker);
    log('browser: 200 answers to IndexedDB');
    const answers = await answerCommits(browser, served.url, 200);
    log('browser: list of 1,000 assessments');
    const list = await listOfMany(browser, served.url, 1000, runs.list);
    log('browser: PDF of the largest report');
    const pdf = await pdfDownloads(browser, served.url, runs.pdf);
    return { chromium: browser.version(), coldLoad, offlineReload, answers, list, pdf };
  } finally {
    await browser.close();
    await served.close();
  }
}
